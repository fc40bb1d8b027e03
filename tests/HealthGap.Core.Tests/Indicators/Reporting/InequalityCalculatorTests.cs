using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Statistics;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Reporting;

/// <summary>The report's inequality summary from published cells: PAR, the Core20 contrast, and nothing from a hidden input.</summary>
public sealed class InequalityCalculatorTests
{
    private static readonly IndicatorDefinition Burden = Definition([]) with { Id = "burden", Polarity = Polarity.LowerBetter };

    [Fact]
    public void Summarise_PublishedDeciles_GivesParAgainstTheLeastDeprivedDecile()
    {
        // Decile d has 1,000 people and a value of 20 − d (most deprived highest): area 14.5, decile 10 has 10.
        var summary = Summarise(Burden, Deciles(d => 20 - d));

        Assert.Equal("deciles", summary.SiiQuantiles);
        Assert.Equal(4.5, summary.Par!.Value, 9);
        Assert.Equal(4.5 / 14.5 * 100, summary.ParPercent!.Value, 9);
        Assert.True(summary.ParPercentLower < summary.ParPercent && summary.ParPercent < summary.ParPercentUpper);
        Assert.Equal("", summary.DeprivationReason);
    }

    [Fact]
    public void Summarise_HigherIsBetter_ParIsTheRiseTheAreaWouldSee()
    {
        var coverage = Burden with { Polarity = Polarity.HigherBetter };

        var summary = Summarise(coverage, Deciles(d => 50 + d));

        // Least deprived 60, area 55.5: everyone at 60 lifts the area by 4.5.
        Assert.Equal(4.5, summary.Par!.Value, 9);
        Assert.Equal(4.5 / 55.5 * 100, summary.ParPercent!.Value, 9);
    }

    [Fact]
    public void Summarise_OneDecileHiddenAndQuintilesAbsent_NoParAndThePrivacyReason()
    {
        var cells = Deciles(d => 20 - d);
        cells[3] = cells[3] with { Numerator = null, Value = null, LowerLimit = null, UpperLimit = null, NumeratorReason = SuppressionReason.SmallCount, ValueReason = SuppressionReason.DerivedFromHidden };

        var summary = Summarise(Burden, cells);

        Assert.Null(summary.Par);
        Assert.Null(summary.ParPercent);
        Assert.Null(summary.Sii);
        Assert.Equal(NoValueReasons.Privacy, summary.DeprivationReason);
    }

    [Fact]
    public void Summarise_AreaValueZero_NoParPercentAndNoLimitsWithoutIt()
    {
        var summary = Summarise(Burden, Deciles(_ => 0));

        Assert.Equal(0, summary.Par);
        Assert.NotNull(summary.ParLower);
        Assert.Null(summary.ParPercent);
        Assert.Null(summary.ParPercentLower);
        Assert.Null(summary.ParPercentUpper);
    }

    [Fact]
    public void Summarise_NoDeprivationBreakdown_SaysNotApplicableRatherThanHidden()
    {
        var summary = Summarise(Burden, []);

        Assert.Null(summary.Par);
        Assert.Equal(NoValueReasons.NotApplicable, summary.DeprivationReason);
        Assert.Equal(NoValueReasons.NotApplicable, summary.Core20Reason);
    }

    [Fact]
    public void Summarise_Core20AndRestPublished_GivesRatioAndDifferenceWithLimits()
    {
        // Core20 30 %, rest 20 % of 1,000 people each: ratio 1.5, difference 10 points (SE √(.21/1000 + .16/1000) × 100).
        var summary = Summarise(Burden, [Cell("core20|Core20", 300, 1000), Cell("core20|Rest", 200, 1000)]);

        Assert.Equal(1.5, summary.Core20Ratio!.Value, 9);
        Assert.Equal(10, summary.Core20Difference!.Value, 9);
        var se = Math.Sqrt((0.3 * 0.7 / 1000) + (0.2 * 0.8 / 1000)) * 100;
        Assert.Equal(10 - (1.959964 * se), summary.Core20DifferenceLower!.Value, 4);
        Assert.Equal(10 + (1.959964 * se), summary.Core20DifferenceUpper!.Value, 4);
        var seLog = Math.Sqrt((0.7 / 300) + (0.8 / 200));
        Assert.Equal(1.5 * Math.Exp(1.959964 * seLog), summary.Core20RatioUpper!.Value, 4);
        Assert.Equal("", summary.Core20Reason);
    }

    [Fact]
    public void Summarise_RestHidden_NoCore20FigureAndThePrivacyReason()
    {
        var rest = Cell("core20|Rest", 200, 1000) with { Numerator = null, Value = null, NumeratorReason = SuppressionReason.Complementary, ValueReason = SuppressionReason.DerivedFromHidden };

        var summary = Summarise(Burden, [Cell("core20|Core20", 300, 1000), rest]);

        Assert.Null(summary.Core20Ratio);
        Assert.Null(summary.Core20Difference);
        Assert.Equal(NoValueReasons.Privacy, summary.Core20Reason);
    }

    private static InequalityRow Summarise(IndicatorDefinition definition, List<PublishedCell> cells)
    {
        var measures = cells.Where(c => c.Numerator is not null && c.Denominator is > 0).ToDictionary(
            c => c.Id, c => (new Estimate(c.Value, [], "", null), (GroupRate?)GroupRate.FromProportion(c.Numerator!.Value, c.Denominator!.Value, 100)));
        return InequalityCalculator.Summarise(definition, Fy2024, ("icb", "Q1"), new PublishedTable("t", cells, DisclosurePolicy.Standard), measures);
    }

    // Value per decile as given, 95 % limits ± 1, 1,000 people each.
    private static List<PublishedCell> Deciles(Func<int, double> value) =>
        [.. Enumerable.Range(1, 10).Select(d => new PublishedCell($"imd_decile|{d}", 100, 1000, value(d), value(d) - 1, value(d) + 1,
            SuppressionReason.None, SuppressionReason.None, SuppressionReason.None))];

    private static PublishedCell Cell(string id, long numerator, long denominator)
    {
        var e = Proportion.Wilson(numerator, denominator, 100);
        return new PublishedCell(id, numerator, denominator, e.Value, e.Lower, e.Upper, SuppressionReason.None, SuppressionReason.None, SuppressionReason.None);
    }
}
