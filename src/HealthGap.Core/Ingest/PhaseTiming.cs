using System.Diagnostics;

namespace HealthGap.Core.Ingest;

/// <summary>Wall-clock and CPU seconds of one phase of an ingest (CPU time shows the work on a busy machine).</summary>
/// <param name="Phase">What ran, e.g. "read gp_events.csv", "merge: upsert".</param>
/// <param name="WallSeconds">Elapsed seconds.</param>
/// <param name="CpuSeconds">Process CPU seconds (all threads, DuckDB's included).</param>
public sealed record PhaseTiming(string Phase, double WallSeconds, double CpuSeconds)
{
    /// <summary>Runs <paramref name="action"/> and appends its timing to <paramref name="timings"/>.</summary>
    internal static void Measure(List<PhaseTiming> timings, string phase, Action action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        process.Refresh();
        timings.Add(new PhaseTiming(phase, clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds));
    }
}
