using System.Diagnostics;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Synthetic;

namespace HealthGap.Cli.Bench;

/// <summary>
/// The ingest benchmark's end-to-end run: a synthetic ICS (QE1, 1% dirt, no FHIR sample) at the benchmark's
/// scale, ingested into a fresh store while a sampler records the process's peak working set (DuckDB's
/// native memory included). The extracts and the store are deleted afterwards (~3.3 GB at scale 1).
/// </summary>
internal static class SyntheticIcsIngest
{
    /// <summary>Rows read, wall and CPU seconds, and peak working set of the ingest alone.</summary>
    public static (long Rows, double Seconds, double CpuSeconds, double PeakMegabytes) Run(BenchmarkContext context, PseudonymisationKey key)
    {
        var extracts = Path.Combine(context.WorkDirectory, "ingest-ics");
        var store = Path.Combine(context.WorkDirectory, "ingest-ics.duckdb");
        context.Output.WriteLine($"generating a synthetic ICS at --scale {context.Scale}...");
        var paths = CliEnvironment.Paths;
        SyntheticIcs.Generate(new SynthOptions { Paths = paths, Scale = context.Scale, FhirSample = 0, OutputDirectory = extracts }, ReferenceData.Load(paths.ReferenceDataDir));
        // Give the generator's heap back to the OS first, so the peak below is the ingest's own.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        long peak = 0;
        using var sampler = new Timer(_ =>
        {
            process.Refresh();
            peak = Math.Max(Interlocked.Read(ref peak), process.WorkingSet64);
        }, null, 0, 100);
        var summary = new Ingestor(new IngestOptions(extracts, store, key)).Run();
        sampler.Change(Timeout.Infinite, Timeout.Infinite);
        process.Refresh();
        peak = Math.Max(peak, process.WorkingSet64);
        foreach (var t in summary.Timings)
        {
            context.Output.WriteLine(FormattableString.Invariant($"  ics  {t.Phase,-40} wall {t.WallSeconds,8:0.00} s   cpu {t.CpuSeconds,8:0.00} s"));
        }

        Directory.Delete(extracts, recursive: true);
        File.Delete(store);
        return (summary.Files.Sum(f => f.Read), summary.Duration.TotalSeconds, summary.Timings.Sum(t => t.CpuSeconds), peak / (1024.0 * 1024.0));
    }
}
