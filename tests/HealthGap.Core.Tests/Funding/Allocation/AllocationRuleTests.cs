using HealthGap.Core.Funding.Allocation;

namespace HealthGap.Core.Tests.Funding.Allocation;

/// <summary>Each rule reproduces the hand-computed shares of <see cref="WorkedExample"/> to the pound.</summary>
public sealed class AllocationRuleTests
{
    private static readonly AllocationRuleOptions Defaults = new();

    [Fact]
    public void Population_WorkedExample_SharesByResidents()
    {
        // 10,000 × 1,000/4,000 = 2,500; 10,000 × 3,000/4,000 = 7,500; C has no residents.
        Assert.Equal([2_500, 7_500, 0], WorkedExample.Amounts(WorkedExample.Allocate(AllocationRules.Create("population", Defaults))));
    }

    [Fact]
    public void NeedImd_WorkedExample_LargestRemainderGivesTheSparePoundToB()
    {
        // A 40,000/70,000 × 10,000 = 5,714.29; B 4,285.71. Floors 5,714 + 4,285 = 9,999; B has the larger remainder.
        Assert.Equal([5_714, 4_286, 0], WorkedExample.Amounts(WorkedExample.Allocate(AllocationRules.Create("need-imd", Defaults))));
    }

    [Fact]
    public void NeedCore20_WorkedExample_CountsCore20ResidentsTwice()
    {
        // Weights A 1,000 + 600 = 1,600; B 3,000. A 3,478.26, B 6,521.74 → 3,478 and 6,522.
        Assert.Equal([3_478, 6_522, 0], WorkedExample.Amounts(WorkedExample.Allocate(AllocationRules.Create("need-core20", Defaults))));
    }

    [Fact]
    public void Equal_WorkedExample_SparePoundToTheFirstArea()
    {
        Assert.Equal([3_334, 3_333, 3_333], WorkedExample.Amounts(WorkedExample.Allocate(AllocationRules.Create("equal", Defaults))));
    }

    [Fact]
    public void Core20Split_WorkedExample_EightyPercentToCore20AndBidPotOnItsOwnLine()
    {
        var scenario = WorkedExample.Allocate(AllocationRules.Create("core20-split", Defaults));

        Assert.Equal([8_000, 0, 0], WorkedExample.Amounts(scenario));
        Assert.Equal(2_000, scenario.BidPotPounds);
        Assert.True(scenario.Core20Earmarked);
    }

    [Fact]
    public void Custom_WorkedExample_SharesByTheFileWeights()
    {
        var path = WorkedExample.Csv("weights.csv", "code,weight\nA,1\nB,3\nC,0\n");
        Assert.Equal([2_500, 7_500, 0], WorkedExample.Amounts(WorkedExample.Allocate(AllocationRules.Create("custom", Defaults with { WeightsFile = path }))));
    }

    [Fact]
    public void NeedIndex_WorkedExample_IndexRelativeToPopulationWeightedMean()
    {
        // Means: emergency (1,000×200 + 3,000×100)/4,000 = 125; mortality (1,000×10 + 3,000×5)/4,000 = 6.25.
        // Index A = 0.5×200/125 + 0.5×10/6.25 = 1.6; B = 0.8. Weights A 1,600, B 2,400 → 4,000 and 6,000.
        var path = WorkedExample.Csv("need.csv", "code,emergency,mortality\nA,200,10\nB,100,5\nC,0,0\n");
        var rule = AllocationRules.Create("need-index", Defaults with
        {
            WeightsFile = path,
            IndicatorWeights = new Dictionary<string, decimal> { ["emergency"] = 1, ["mortality"] = 1 },
        });

        Assert.Equal([4_000, 6_000, 0], WorkedExample.Amounts(WorkedExample.Allocate(rule)));
        Assert.Contains("emergency=0.5", rule.Formula);
    }

    [Theory]
    [InlineData("population")]
    [InlineData("need-imd")]
    [InlineData("need-core20")]
    [InlineData("core20-split")]
    public void PopulationRules_PlaceWithNoResidents_GetsNothing(string rule)
    {
        Assert.Equal(0, WorkedExample.Allocate(AllocationRules.Create(rule, Defaults), 987_654_321).Lines[2].AmountPounds);
    }

    [Fact]
    public void Scenario_SameInputs_SameIdAndFormulaRecorded()
    {
        var first = WorkedExample.Allocate(AllocationRules.Create("core20-split", Defaults with { Core20Share = 0.7m }));
        var again = WorkedExample.Allocate(AllocationRules.Create("core20-split", Defaults with { Core20Share = 0.7m }));
        var other = WorkedExample.Allocate(AllocationRules.Create("core20-split", Defaults));

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal("0.7", first.Parameters["core20_share"]);
        Assert.Contains("0.7 × budget", first.Formula);
        Assert.False(string.IsNullOrWhiteSpace(first.Explanation));
    }
}
