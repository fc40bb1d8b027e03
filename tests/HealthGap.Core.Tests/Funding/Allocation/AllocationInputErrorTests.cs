using HealthGap.Core.Funding;
using HealthGap.Core.Funding.Allocation;

namespace HealthGap.Core.Tests.Funding.Allocation;

/// <summary>Bad inputs give errors that name the file, line and field, and say what to do.</summary>
public sealed class AllocationInputErrorTests
{
    private static readonly AllocationRuleOptions Defaults = new();

    [Fact]
    public void Budget_Negative_IsRefused()
    {
        var ex = Assert.Throws<FundingInputException>(() => new Budget(-1));
        Assert.Contains("must be 0 or more", ex.Message);
    }

    [Fact]
    public void CustomWeights_UnknownCode_NamesFileLineAndField()
    {
        var path = WorkedExample.Csv("weights.csv", "code,weight\nA,1\nZZ,3\nC,0\n");
        var ex = Assert.Throws<FundingInputException>(() => WorkedExample.Allocate(AllocationRules.Create("custom", Defaults with { WeightsFile = path })));

        Assert.Equal("weights.csv", ex.File);
        Assert.Equal(3, ex.Line);
        Assert.Equal("code", ex.Field);
        Assert.Contains("'ZZ' is not one of the 3 areas", ex.Message);
    }

    [Fact]
    public void CustomWeights_UnparseableWeight_NamesFileLineAndField()
    {
        var path = WorkedExample.Csv("weights.csv", "code,weight\nA,£1,000\n");
        var ex = Assert.Throws<FundingInputException>(() => WorkedExample.Allocate(AllocationRules.Create("custom", Defaults with { WeightsFile = path })));

        Assert.StartsWith("weights.csv, line 2, field 'weight'", ex.Message);
        Assert.Contains("not a number", ex.Message);
    }

    [Fact]
    public void CustomWeights_AreaMissing_SaysWhichAndHowToFix()
    {
        var path = WorkedExample.Csv("weights.csv", "code,weight\nA,1\nB,2\n");
        var ex = Assert.Throws<FundingInputException>(() => WorkedExample.Allocate(AllocationRules.Create("custom", Defaults with { WeightsFile = path })));

        Assert.Contains("first: C", ex.Message);
        Assert.Contains("write 0", ex.Message);
    }

    [Fact]
    public void CustomWeights_MissingColumn_NamesTheHeader()
    {
        var path = WorkedExample.Csv("weights.csv", "code,share\nA,1\n");
        var ex = Assert.Throws<FundingInputException>(() => AllocationRules.Create("custom", Defaults with { WeightsFile = path }));

        Assert.Equal(1, ex.Line);
        Assert.Equal("weight", ex.Field);
    }

    [Fact]
    public void NeedIndex_WeightForUnknownIndicator_ListsTheColumns()
    {
        var path = WorkedExample.Csv("need.csv", "code,emergency\nA,1\nB,1\nC,1\n");
        var ex = Assert.Throws<FundingInputException>(() => AllocationRules.Create("need-index", Defaults with
        {
            WeightsFile = path,
            IndicatorWeights = new Dictionary<string, decimal> { ["mortality"] = 1 },
        }));

        Assert.Contains("columns: emergency", ex.Message);
    }

    [Fact]
    public void Rule_Unknown_ListsTheRules()
    {
        var ex = Assert.Throws<FundingInputException>(() => AllocationRules.Create("fair", Defaults));
        Assert.Contains("core20-split", ex.Message);
    }

    [Fact]
    public void Core20Split_ShareAboveOne_IsRefusedWithExample()
    {
        var ex = Assert.Throws<FundingInputException>(() => AllocationRules.Create("core20-split", Defaults with { Core20Share = 80 }));
        Assert.Contains("between 0 and 1", ex.Message);
    }

    [Fact]
    public void Core20Split_NoCore20Residents_SaysWhatToDoInstead()
    {
        var units = new[] { WorkedExample.Unit("B", 3_000, 0, 30_000) };
        var ex = Assert.Throws<FundingInputException>(() =>
            Allocator.Allocate(WorkedExample.Scope, units, new Budget(100), AllocationRules.Create("core20-split", Defaults), WorkedExample.Data));
        Assert.Contains("no Core20 residents", ex.Message);
    }

    [Fact]
    public void Population_NoResidentsAnywhere_IsRefused()
    {
        var units = new[] { WorkedExample.Unit("C", 0, 0, 0) };
        var ex = Assert.Throws<FundingInputException>(() =>
            Allocator.Allocate(WorkedExample.Scope, units, new Budget(100), AllocationRules.Create("population", Defaults), WorkedExample.Data));
        Assert.Contains("weight 0", ex.Message);
    }
}
