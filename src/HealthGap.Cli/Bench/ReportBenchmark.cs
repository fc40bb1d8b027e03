using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Synthetic;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Issue 18's target for what a user runs: <c>healthgap report --store S --out R</c> with its defaults (3
/// periods, every area type, CSV + JSON + Parquet) &lt; 10 s at scale 0.1, &lt; 60 s at full scale, &lt; 4 GB.
/// The command runs in a process of its own, exactly as typed, while a sampler reads its CPU time and
/// peak working set; the split (engine / statistics and gate / writing) is the line the command prints.
/// Without <c>--store</c> a synthetic ICS is generated and ingested at the benchmark's scale first.
/// </summary>
internal sealed partial class ReportBenchmark : IBenchmark
{
    public string Name => "report";

    public string Description => "healthgap report --store S --out R as typed (defaults, all outputs) < 10 s at 0.1, < 60 s full scale, < 4 GB; split engine / statistics+gate / writing";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var store = context.Store ?? IngestSyntheticIcs(context);
        var output = Path.Combine(context.WorkDirectory, "report-bench");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var (wall, cpu, peak, printed) = RunCommand(["report", "--store", store, "--out", output]);
        var split = Split().Match(printed);
        double Part(string name) => split.Success ? double.Parse(split.Groups[name].Value, CultureInfo.InvariantCulture) : double.NaN;
        var rows = RowCount().Match(printed) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var bytes = Directory.EnumerateFiles(output).Sum(f => new FileInfo(f).Length);
        Directory.Delete(output, recursive: true);
        // The targets: < 10 s for a tenth of an ICS (about 190,000 people), < 60 s for a whole one.
        var people = IndicatorsBenchmark.CountPeople(store);
        var target = people <= 250_000 ? 10 : 60;
        return
        [
            new(string.Create(CultureInfo.InvariantCulture, $"healthgap report --store {Path.GetFileName(store)} --out R ({people:N0} people, {rows:N0} indicator rows, {bytes / 1048576.0:N0} MB written): wall"), wall, "s", $"< {target} s", wall < target),
            new("  CPU time (user + system)", cpu, "s", "", null),
            new("  peak working set", peak, "MB", "< 4096 MB", peak < 4096),
            new("  engine (SQL and roll-up; overlaps the next line)", Part("engine"), "s", "", null),
            new("  statistics and disclosure gate", Part("statistics"), "s", "", null),
            new("  writing (CSV, JSON, Parquet, side files)", Part("writing"), "s", "", null),
        ];
    }

    /// <summary>Runs this executable with <paramref name="arguments"/>; wall and CPU seconds, peak working set (MB) and what it printed.</summary>
    private static (double Wall, double Cpu, double PeakMegabytes, string Printed) RunCommand(IReadOnlyList<string> arguments)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find the healthgap executable.");
        // Run as "dotnet healthgap.dll", the host is dotnet: start the same way.
        string[] host = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [typeof(ReportBenchmark).Assembly.Location] : [];
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo(self, [.. host, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var printed = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        while (!process.WaitForExit(50))
        {
            try
            {
                process.Refresh();
                // PeakWorkingSet64 is the kernel's high-water mark (VmHWM), so a sample misses at most the last 50 ms.
                peak = Math.Max(peak, process.PeakWorkingSet64);
                cpu = process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                // Exited between the wait and the read.
            }
        }

        var wall = stopwatch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"healthgap {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {errors.Result}");
        }

        return (wall, cpu.TotalSeconds, peak / (1024.0 * 1024.0), printed.Result);
    }

    private static string IngestSyntheticIcs(BenchmarkContext context)
    {
        var extracts = Path.Combine(context.WorkDirectory, "report-ics");
        var store = Path.Combine(context.WorkDirectory, "report-ics.duckdb");
        if (!File.Exists(store))
        {
            context.Output.WriteLine($"generating and ingesting a synthetic ICS at --scale {context.Scale}...");
            SyntheticIcs.Generate(new SynthOptions { Scale = context.Scale, FhirSample = 0, OutputDirectory = extracts }, ReferenceData.Load());
            new Ingestor(new IngestOptions(extracts, store, PseudonymisationKey.FromText(new string('7', 64), "benchmark"))).Run();
            Directory.Delete(extracts, recursive: true);
        }

        return store;
    }

    [GeneratedRegex(@"engine (?<engine>[0-9.]+) s, statistics and disclosure gate (?<statistics>[0-9.]+) s.*writing (?<writing>[0-9.]+) s")]
    private static partial Regex Split();

    [GeneratedRegex(@"wrote (\d+) indicator rows")]
    private static partial Regex RowCount();
}
