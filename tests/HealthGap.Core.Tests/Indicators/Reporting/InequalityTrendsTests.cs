using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Reporting;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Reporting;

/// <summary>Trends with a stated test, over all of a report's periods: the SII change z test and Fingertips' recent trend.</summary>
public sealed class InequalityTrendsTests
{
    private static readonly IndicatorDefinition Share = Definition([]) with { Id = "share" };
    private static readonly IndicatorDefinition Rate = Definition([], measure: MeasureType.CrudeRate) with { Id = "rate" };

    [Fact]
    public void Apply_SiiMovesSignificantlyAwayFromZero_IsWideningAgainstTheFirstPeriod()
    {
        // SII −100 (SE 10) then −120 (SE 10, not significant against −100) then −140 (z = 2.83 against −100).
        var summaries = Apply(Share, [Sii(-100), Sii(-120), Sii(-140)], []);

        Assert.Equal(InequalityTrends.NoEarlierPeriod, summaries[0].GapTrend);
        Assert.Equal(InequalityTrends.NoSignificantChange, summaries[1].GapTrend);
        Assert.Equal(InequalityTrends.Widening, summaries[2].GapTrend);
        Assert.Equal("2020-21", summaries[2].GapTrendSince);
        Assert.Equal(0.0047, summaries[2].GapTrendPValue!.Value, 4);
    }

    [Fact]
    public void Apply_SiiMovesSignificantlyTowardsZero_IsNarrowingWhicheverItsSign()
    {
        Assert.Equal(InequalityTrends.Narrowing, Apply(Share, [Sii(-140), Sii(-100)], [])[1].GapTrend);
        Assert.Equal(InequalityTrends.Narrowing, Apply(Share, [Sii(140), Sii(100)], [])[1].GapTrend);
        Assert.Equal(InequalityTrends.Widening, Apply(Share, [Sii(100), Sii(140)], [])[1].GapTrend);
    }

    [Fact]
    public void Apply_FirstSiiHidden_GapTrendNotAvailable()
    {
        var summaries = Apply(Share, [Sii(null), Sii(-140)], []);

        Assert.Equal(InequalityTrends.NotAvailable, summaries[1].GapTrend);
        Assert.Null(summaries[1].GapTrendPValue);
    }

    [Fact]
    public void Apply_FewerThanFivePeriods_SaysTheTestNeedsFive()
    {
        var summaries = Apply(Share, [Sii(1), Sii(1), Sii(1), Sii(1)], [.. Enumerable.Range(0, 4).Select(i => All(i, 100 + (50 * i), 1000))]);

        Assert.All(summaries, s => Assert.Equal(InequalityTrends.NotEnoughPeriods, s.ValueTrend));
        Assert.All(summaries, s => Assert.Equal("", s.ValueTrendMethod));
    }

    [Fact]
    public void Apply_ProportionRisingOverFivePeriods_ChiSquaredTrendIncreasing()
    {
        var summaries = Apply(Share, [.. Enumerable.Range(0, 6).Select(_ => Sii(1))], [.. Enumerable.Range(0, 6).Select(i => All(i, 100 + (20 * i), 1000))]);

        Assert.Equal(InequalityTrends.NotEnoughPeriods, summaries[3].ValueTrend);
        Assert.Equal(InequalityTrends.Increasing, summaries[4].ValueTrend);
        Assert.Equal(InequalityTrends.ChiSquaredForProportions, summaries[4].ValueTrendMethod);
        Assert.True(summaries[4].ValueTrendPValue < 0.001);
        Assert.Equal(InequalityTrends.Increasing, summaries[5].ValueTrend);
    }

    [Fact]
    public void Apply_RateFlatWithinItsLimits_WeightedLeastSquaresNoSignificantChange()
    {
        var summaries = Apply(Rate, [.. Enumerable.Range(0, 5).Select(_ => Sii(1))], [.. Enumerable.Range(0, 5).Select(i => All(i, 100 + (i % 2), 1000))]);

        Assert.Equal(InequalityTrends.NoSignificantChange, summaries[4].ValueTrend);
        Assert.Equal(InequalityTrends.WeightedLeastSquares, summaries[4].ValueTrendMethod);
    }

    [Fact]
    public void Apply_OneOfTheLastFiveValuesHidden_ValueTrendNotAvailable()
    {
        var all = Enumerable.Range(0, 5).Select(i => All(i, 100 + (20 * i), 1000)).ToList();
        all[2] = all[2] with { Cell = all[2].Cell with { Numerator = null, Value = null, NumeratorReason = SuppressionReason.SmallCount, ValueReason = SuppressionReason.DerivedFromHidden } };

        var summaries = Apply(Share, [.. Enumerable.Range(0, 5).Select(_ => Sii(1))], all);

        Assert.Equal(InequalityTrends.NotAvailable, summaries[4].ValueTrend);
        Assert.Null(summaries[4].ValueTrendPValue);
    }

    [Fact]
    public void Apply_SummariesOutOfDateOrder_ComparesWithTheEarliestPeriod()
    {
        var all = Enumerable.Range(0, 3).Select(i => All(i, 100, 1000)).ToList();
        var summaries = Apply(Share, [Sii(-100), Sii(-120), Sii(-140)], all);
        var reversed = InequalityTrends.Apply([Share], [.. all.Select(r => r with { IndicatorId = Share.Id })], [.. summaries.Reverse()]);

        Assert.Equal(InequalityTrends.Widening, reversed[0].GapTrend);
        Assert.Equal("2020-21", reversed[0].GapTrendSince);
        Assert.Equal(InequalityTrends.NoEarlierPeriod, reversed[2].GapTrend);
    }

    private static string Label(int i) => $"{2020 + i}-{(21 + i) % 100:00}";

    // Summaries are numbered by period in the order given; the SII's 95 % limits are ± 1.96 × 10.
    private static IReadOnlyList<InequalityRow> Apply(IndicatorDefinition definition, List<double?> siis, List<IndicatorRow> all)
    {
        var summaries = siis.Select((sii, i) => new InequalityRow(definition.Id, Label(i), "icb", "Q1",
            sii, sii - 19.59964, sii + 19.59964, null, null, null, null, null, null, null, null, sii is null ? "" : "deciles")).ToList();
        return InequalityTrends.Apply([definition], [.. all.Select(r => r with { IndicatorId = definition.Id })], summaries);
    }

    private static double? Sii(double? value) => value;

    private static IndicatorRow All(int period, long numerator, long denominator)
    {
        var p = numerator / (double)denominator * 100;
        var start = new DateOnly(2020 + period, 4, 1);
        return new IndicatorRow("x", start, start.AddYears(1).AddDays(-1), Label(period), "icb", "Q1", "", "all", "All",
            new PublishedCell("all|All", numerator, denominator, p, p - 2, p + 2, SuppressionReason.None, SuppressionReason.None, SuppressionReason.None), "", "");
    }
}
