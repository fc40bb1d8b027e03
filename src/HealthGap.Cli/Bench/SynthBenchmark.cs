using System.Diagnostics;
using HealthGap.Cli.Synth;
using HealthGap.Core.Reference;
using HealthGap.Synthetic;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Issue targets for <c>healthgap synth</c>: <c>--scale 0.1</c> in under 30 s; full scale (~1.66M
/// people, ~100M rows) in under 5 minutes and 4 GB. Generates QE1 at the benchmark's scale into the
/// work folder and reports time, rows per second and peak memory.
/// </summary>
internal sealed class SynthBenchmark : IBenchmark
{
    public string Name => "synth";

    public string Description => "synth --scale 0.1 < 30 s; --scale 1 < 5 min and < 4 GB; rows (events) per second";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var reference = ReferenceData.Load(CliEnvironment.Paths.ReferenceDataDir);
        var directory = Path.Combine(context.WorkDirectory, "synth");
        var options = new SynthOptions { Paths = CliEnvironment.Paths, Scale = context.Scale, OutputDirectory = directory };
        var stopwatch = Stopwatch.StartNew();
        var summary = SynthCommand.Run(options, reference);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var memory = BenchCommand.PeakMemoryMegabytes();
        var limit = context.Scale <= 0.1 ? 30 : 300 * context.Scale;
        var bytes = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Directory.Delete(directory, recursive: true);
        return
        [
            new($"synth QE1 --scale {context.Scale} wall time", seconds, "s", $"< {limit:0} s", seconds < limit),
            new("people generated", summary.People, "people", "", null),
            new("rows written (events, all feeds)", summary.Events, "rows", "", null),
            new("events per second", summary.EventsPerSecond, "rows/s", "", null),
            new("output size", bytes / (1024.0 * 1024.0), "MB", "", null),
            new("peak working set", memory, "MB", "< 4096 MB", memory < 4096),
        ];
    }
}
