using HealthGap.Core.Indicators.Engine;
using HealthGap.TestSupport.Indicators;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Engine;

/// <summary>
/// The engine's results are sufficient statistics: split a store by person into 3 shards, run each,
/// add the strata, and the result is identical to running the whole store.
/// </summary>
public sealed class AdditivityTests
{
    [Theory]
    [InlineData("htn_treated_to_target")]
    [InlineData("dsr_mi_emergency_adm")]
    [InlineData("cancer_via_ae_per_10000_ae")]
    public void Run_ThreeShardsSummed_EqualsWholeStore(string indicator)
    {
        using var whole = new TestStore();
        using var shard0 = new TestStore();
        using var shard1 = new TestStore();
        using var shard2 = new TestStore();
        TestStore[] shards = [shard0, shard1, shard2];
        whole.Batch(() => RandomPopulation.Write(250, seed: 42, id => whole));
        shard0.Batch(() => shard1.Batch(() => shard2.Batch(() => RandomPopulation.Write(250, seed: 42, id => shards[id % 3]))));
        var definition = Loader.LoadFile(Path.Combine(SourceDirectory(), "..", "..", "..", "indicators", indicator + ".yaml"));
        var period = definition.Period.Kind == HealthGap.Core.Indicators.Definitions.PeriodKind.CalendarYear
            ? new ReportingPeriod(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), "2024")
            : Fy2024;
        var compiled = new IndicatorCompiler().Compile(definition, period);

        var expected = new IndicatorEngine(whole.Query, Codelists.Value).Run(compiled)[0];
        var summed = IndicatorCounts.Sum([.. shards.Select(s => new IndicatorEngine(s.Query, Codelists.Value).Run(compiled)[0])]);

        Assert.True(expected.Strata.Sum(s => s.Numerator) > 0, "the test population should give a non-zero numerator");
        Assert.Equal(Canonical(expected), Canonical(summed));
    }
}
