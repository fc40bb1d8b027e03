using System.Diagnostics;
using HealthGap.Core.Funding.Allocation;
using HealthGap.Core.Funding.Comparison;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Funding targets: one scenario over all 32,844 LSOAs of England grouped into neighbourhoods &lt; 1 s;
/// five scenarios compared &lt; 2 s; ledger write p95 &lt; 50 ms on PostgreSQL with 20 concurrent writers
/// (see <see cref="LedgerWriteBenchmark"/>). Reference data is loaded once beforehand, as in a running app.
/// </summary>
internal sealed class FundingBenchmark : IBenchmark
{
    private const int Runs = 5;

    public string Name => "funding";

    public string Description => "England LSOAs→neighbourhoods scenario < 1 s; 5-scenario comparison < 2 s; ledger write p95 < 50 ms (PostgreSQL, 20 writers)";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var reference = ReferenceData.Load(CliEnvironment.Paths.ReferenceDataDir);
        var vintage = ReferenceFingerprint.Of(reference);
        var budget = new Budget(200_000_000);
        var options = new AllocationRuleOptions();
        var england = new AllocationScope("ENG", "England", AllocationLevel.Msoa);
        Allocate(reference, england, AllocationRules.Create("need-imd", options), budget, vintage);

        var single = Median(() => Allocate(reference, england, AllocationRules.Create("need-imd", options), budget, vintage));
        var lsoaLevel = Median(() => Allocate(reference, england with { Level = AllocationLevel.Lsoa }, AllocationRules.Create("core20-split", options), budget, vintage));
        var compare = Median(() =>
        {
            var units = AllocationUnits.Build(reference.Lsoas, AllocationLevel.Msoa);
            var scenarios = AllocationRules.DefaultComparison
                .Select(id => Allocator.Allocate(england, units, budget, AllocationRules.Create(id, options), vintage)).ToArray();
            var comparison = ScenarioComparer.Compare(scenarios, baselineIndex: 0);
            _ = ScenarioChart.Core20(comparison, "England");
        });
        context.Output.WriteLine($"England: {reference.Lsoas.Count:N0} LSOAs in {AllocationUnits.Build(reference.Lsoas, AllocationLevel.Msoa).Count:N0} MSOA neighbourhoods");

        var results = new List<Measurement>
        {
            new("one scenario, England LSOAs grouped into MSOA neighbourhoods, need-imd (median of 5)", single, "s", "< 1 s", single < 1),
            new("one scenario, England's 32,844 LSOAs each a neighbourhood, core20-split (median of 5)", lsoaLevel, "s", "< 1 s", lsoaLevel < 1),
            new("compare 5 scenarios over England's MSOA neighbourhoods incl. chart (median of 5)", compare, "s", "< 2 s", compare < 2),
        };
        results.AddRange(LedgerWriteBenchmark.Run(context));
        return results;
    }

    private static void Allocate(ReferenceData reference, AllocationScope scope, IAllocationRule rule, Budget budget, DataVintage vintage) =>
        Allocator.Allocate(scope, AllocationUnits.Build(reference.Lsoas, scope.Level), budget, rule, vintage);

    private static double Median(Action action)
    {
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            times[i] = stopwatch.Elapsed.TotalSeconds;
        }

        Array.Sort(times);
        return times[Runs / 2];
    }
}
