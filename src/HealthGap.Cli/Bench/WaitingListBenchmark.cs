using HealthGap.Cli.WaitingList;
using HealthGap.Core.Disclosure;
using HealthGap.Core.WaitingList;
using HealthGap.Core.WaitingList.Publication;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Issue target: 500,000 open pathways with every breakdown (base and two-way), the case-mix
/// adjustment and the within-specialty view in &lt; 5 s. Generates its own store (SQL, seeded) and
/// times the analysis, the disclosure gate and the whole command (CSV + report) separately.
/// </summary>
internal sealed class WaitingListBenchmark : IBenchmark
{
    private const int OpenPathways = 500_000;
    private const int Runs = 3;

    public string Name => "waiting-list";

    public string Description => "500k open pathways, all breakdowns + case-mix adjustment < 5 s";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var store = Path.Combine(context.WorkDirectory, "waiting-list-bench.duckdb");
        var generate = BenchCommand.Time(() => WaitingListBenchmarkStore.Create(store, OpenPathways));
        context.Output.WriteLine($"generated {OpenPathways:N0} open pathways (+ completed) in {generate:F1} s");
        var period = WaitingListPeriod.EndingAt(WaitingListBenchmarkStore.Snapshot);
        var outDir = Path.Combine(context.WorkDirectory, "waiting-list-report");

        var analysis = new double[Runs];
        var analysisCpu = new double[Runs];
        var gate = new double[Runs];
        var endToEnd = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            WaitingListResult? result = null;
            var cpuBefore = CpuSeconds();
            analysis[i] = BenchCommand.Time(() => result = new WaitingListAnalysis().Run(store, period));
            analysisCpu[i] = CpuSeconds() - cpuBefore;
            gate[i] = BenchCommand.Time(() => WaitingListPublication.Publish(result!, DisclosureGate.Standard));
            endToEnd[i] = BenchCommand.Time(() => WaitingListRun.Run(store, period, outDir, DisclosureGate.Standard));
        }

        var analysisMedian = Median(analysis);
        var endToEndMedian = Median(endToEnd);
        return
        [
            new("analysis: read 500k open pathways, all breakdowns, adjustment (median of 3)", analysisMedian, "s", "< 5 s", analysisMedian < 5),
            new("analysis CPU time, all threads (median of 3; what a busy machine cannot inflate)", Median(analysisCpu), "s", "", null),
            new("disclosure gate on every table (median of 3)", Median(gate), "s", "", null),
            new("whole command: analysis + gate + CSV + report.html (median of 3)", endToEndMedian, "s", "< 5 s", endToEndMedian < 5),
            new("peak working set", BenchCommand.PeakMemoryMegabytes(), "MB", "", null),
        ];
    }

    private static double CpuSeconds()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);
}
