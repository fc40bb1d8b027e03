using HealthGap.Core.WaitingList;

namespace HealthGap.Core.Tests.WaitingList;

public class WaitingListAnalysisTests(WaitingListStoreFixture fixture) : IClassFixture<WaitingListStoreFixture>
{
    [Fact]
    public void Run_PlantedInterpreterWait_AdjustedRatioRecoversItInsideCi()
    {
        var gap = Gap("interpreter_needed", "Yes");
        AssertCovers(fixture.Planted.InterpreterFactor, gap.Adjusted);
        Assert.True(gap.Adjusted.IsSignificant);
    }

    [Fact]
    public void Run_PlantedLearningDisabilityWait_AdjustedRatioRecoversItInsideCi()
    {
        var gap = Gap("learning_disability", "Yes");
        AssertCovers(fixture.Planted.LearningDisabilityFactor, gap.Adjusted);
        Assert.True(gap.Adjusted.IsSignificant);
    }

    [Fact]
    public void Run_SmiConcentratedInSlowSpecialty_CrudeGapDisappearsAfterAdjustment()
    {
        var gap = Gap("smi", "Yes");
        Assert.True(gap.Crude.Lower > 1.2, $"crude ratio {gap.Crude} should show the confounded gap");
        AssertCovers(1.0, gap.Adjusted);
        Assert.False(gap.Adjusted.IsSignificant);
    }

    [Fact]
    public void Run_NoPlantedEffectForSex_AdjustedGapNotSignificant()
    {
        Assert.False(Gap("sex", "Female").Adjusted.IsSignificant);
    }

    [Fact]
    public void Run_InterpreterInTraumaAndOrthopaedics_MedianLongerByPlantedAmount()
    {
        var comparison = Assert.Single(fixture.Result.WithinSpecialty, c => c.Breakdown == "interpreter_needed" && c.Group == "Yes" && c.TreatmentFunction == "110");

        // Routine T&O median 30 weeks × 1.3 ≈ 9 weeks longer; urgent/2WW pathways pull both medians down a little.
        Assert.True(comparison.Difference.IsSignificant);
        Assert.InRange(comparison.Difference.Weeks!.Value, 5, 12);
    }

    [Fact]
    public void Run_EveryBreakdown_GroupsAddUpToAllAndUnknownIsVisible()
    {
        var all = Assert.Single(fixture.Result.Open, s => s.Breakdown == "all").Pathways;
        Assert.Equal(fixture.Planted.People, all);
        foreach (var breakdown in fixture.Result.Breakdowns)
        {
            Assert.Equal(all, fixture.Result.Open.Where(s => s.Breakdown == breakdown.Id).Sum(s => s.Pathways));
        }

        Assert.True(Summary("ethnic_group", "Unknown").Pathways > 0);
        Assert.True(Summary("imd_quintile", "Unknown").Pathways > 0);
    }

    [Fact]
    public void Run_OpenQuantiles_IntervalsBracketEstimates()
    {
        foreach (var summary in fixture.Result.Open.Where(s => s.Pathways > 200))
        {
            Assert.InRange(summary.Median.Weeks!.Value, summary.Median.Lower!.Value, summary.Median.Upper!.Value);
            Assert.InRange(summary.Percentile92.Weeks!.Value, summary.Percentile92.Lower!.Value, summary.Percentile92.Upper!.Value);
            Assert.True(summary.Over18Weeks >= summary.Over52Weeks && summary.Over52Weeks >= summary.Over65Weeks);
        }
    }

    [Fact]
    public void Run_CompletedPathways_CountedInPeriodWithPlantedGap()
    {
        var all = Assert.Single(fixture.Result.Completed, s => s.Breakdown == "all");
        Assert.InRange(all.Pathways, fixture.Planted.People * 0.45, fixture.Planted.People * 0.55);
        var gap = Assert.Single(fixture.Result.CompletedGaps, g => g.Breakdown == "interpreter_needed" && g.Group == "Yes");
        AssertCovers(fixture.Planted.InterpreterFactor, gap.Adjusted);
    }

    private GapEstimate Gap(string breakdown, string group) =>
        Assert.Single(fixture.Result.OpenGaps, g => g.Breakdown == breakdown && g.Group == group);

    private WaitSummary Summary(string breakdown, string group) =>
        Assert.Single(fixture.Result.Open, s => s.Breakdown == breakdown && s.Group == group);

    private static void AssertCovers(double truth, RatioEstimate estimate) =>
        Assert.True(estimate.Lower <= truth && truth <= estimate.Upper, $"{truth} outside [{estimate.Lower}, {estimate.Upper}] (ratio {estimate.Ratio})");
}
