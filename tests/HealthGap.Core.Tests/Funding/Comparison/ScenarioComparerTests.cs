using System.Xml.Linq;
using HealthGap.Core.Funding.Allocation;
using HealthGap.Core.Funding.Comparison;

namespace HealthGap.Core.Tests.Funding.Comparison;

/// <summary>Side-by-side figures checked by hand on <see cref="WorkedExample"/>.</summary>
public sealed class ScenarioComparerTests
{
    private static readonly AllocationRuleOptions Defaults = new();

    private static ScenarioComparison Compare() => ScenarioComparer.Compare(
        [WorkedExample.Allocate(AllocationRules.Create("population", Defaults)), WorkedExample.Allocate(AllocationRules.Create("core20-split", Defaults))],
        baselineIndex: 0);

    [Fact]
    public void Compare_Population_MoneyReachesCore20ResidentsInProportion()
    {
        var population = Compare().Summaries[0];

        // A's £2,500 reaches its 600 Core20 residents in proportion: £1,500, i.e. £2.50 each and 15% of the budget.
        Assert.Equal(2.5, population.PerHead, 10);
        Assert.Equal(2.5, population.PerCore20Resident!.Value, 10);
        Assert.Equal(0.15, population.ShareToMostDeprivedQuintile, 10);
        Assert.Equal(0, population.MovedFromBaselinePounds);
    }

    [Fact]
    public void Compare_Core20Split_EarmarkedMoneyAndMovedFromBaseline()
    {
        var split = Compare().Summaries[1];

        Assert.Equal(8_000.0 / 600, split.PerCore20Resident!.Value, 10);
        Assert.Equal(0.8, split.ShareToMostDeprivedQuintile, 10);
        Assert.Equal(2_000, split.BidPotPounds);

        // ½ (|8,000 − 2,500| + |0 − 7,500| + |0 − 0| + |2,000 − 0|) = 7,500.
        Assert.Equal(7_500, split.MovedFromBaselinePounds);
    }

    [Fact]
    public void Compare_LastYearFile_DifferencesPerArea()
    {
        var path = WorkedExample.Csv("last-year.csv", "code,amount\nA,2000\nB,8000\nC,0\n");
        var comparison = ScenarioComparer.Compare([WorkedExample.Allocate(AllocationRules.Create("population", Defaults))], lastYearFile: path);

        Assert.Equal([500], comparison.Rows[0].Differences!);
        Assert.Equal([-500], comparison.Rows[1].Differences!);
        Assert.Equal("last year (last-year.csv)", comparison.BaselineLabel);
    }

    [Fact]
    public void Chart_PerHead_IsAccessibleWellFormedSvg()
    {
        var svg = ScenarioChart.PerHead(Compare(), "Pounds per resident & rule");

        var root = XDocument.Parse(svg).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("img", root.Attribute("role")!.Value);
        Assert.Equal("Pounds per resident & rule", root.Element(ns + "title")!.Value);
        Assert.Contains("Population share from £2.50 to £2.50 a head", root.Element(ns + "desc")!.Value);
        Assert.Contains(ScenarioChart.Palette[1], svg);
        Assert.Equal(6, root.Descendants(ns + "g").Count()); // one titled bar per area and rule
    }
}
