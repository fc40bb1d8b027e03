using System.Diagnostics;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Foundation targets: <c>healthgap reference lsoa E01021988</c> cold start to output &lt; 1.5 s
/// (a fresh process each time), and the loaded reference model &lt; 200 MB.
/// </summary>
internal sealed class ReferenceBenchmark : IBenchmark
{
    private const int Runs = 5;

    public string Name => "reference";

    public string Description => "cold-start 'reference lsoa' < 1.5 s; reference model < 200 MB";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var coldStarts = Enumerable.Range(0, Runs).Select(_ => ColdStartSeconds()).Order().ToArray();
        var median = coldStarts[Runs / 2];

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var data = ReferenceData.Load(CliEnvironment.Paths.ReferenceDataDir);
        _ = data.Ethnicity.Count;
        var modelMegabytes = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024.0);
        GC.KeepAlive(data);

        return
        [
            new("reference lsoa cold start (median of 5 processes)", median, "s", "< 1.5 s", median < 1.5),
            new("reference lsoa cold start (slowest)", coldStarts[^1], "s", "", null),
            new("reference model managed memory (all files incl. ethnicity)", modelMegabytes, "MB", "< 200 MB", modelMegabytes < 200),
        ];
    }

    private static double ColdStartSeconds()
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find the healthgap executable.");
        var start = new ProcessStartInfo(self, ["reference", "lsoa", "E01021988"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return stopwatch.Elapsed.TotalSeconds;
    }
}
