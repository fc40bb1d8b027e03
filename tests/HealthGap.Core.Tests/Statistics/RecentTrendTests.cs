using HealthGap.Core.Statistics;

namespace HealthGap.Core.Tests.Statistics;

public sealed class RecentTrendTests
{
    [Fact]
    public void ForProportion_RisingShare_MatchesAltmansChiSquaredForTrend()
    {
        double[] x = [120, 131, 150, 158, 171];
        double[] n = [1000, 1010, 990, 1005, 1000];

        var result = RecentTrend.ForProportion(x, n);

        // Altman (1991): X² = [Σxᵢtᵢ − p̄Σnᵢtᵢ]² / (p̄(1 − p̄)[Σnᵢtᵢ² − (Σnᵢtᵢ)²/N]), written out independently.
        var t = Enumerable.Range(1, 5).Select(i => (double)i).ToArray();
        var total = n.Sum();
        var pBar = x.Sum() / total;
        var sxt = x.Select((v, i) => v * t[i]).Sum();
        var snt = n.Select((v, i) => v * t[i]).Sum();
        var sntt = n.Select((v, i) => v * t[i] * t[i]).Sum();
        var expected = Math.Pow(sxt - (pBar * snt), 2) / (pBar * (1 - pBar) * (sntt - (snt * snt / total)));
        Assert.Equal(expected, result.ChiSquared, 9);
        Assert.Equal(TrendDirection.Increasing, result.Direction);
        Assert.True(result.Slope > 0.01);
    }

    [Fact]
    public void ForProportion_FlatShare_IsNoSignificantChange()
    {
        var result = RecentTrend.ForProportion([50, 52, 49, 51, 50], [1000, 1000, 1000, 1000, 1000]);

        Assert.Equal(TrendDirection.NoSignificantChange, result.Direction);
        Assert.True(result.PValue > 0.5);
    }

    [Fact]
    public void ForValues_FallingRateWithTightLimits_IsDecreasingWithTheWeightedSlope()
    {
        double[] values = [500, 480, 460, 440, 420];
        var result = RecentTrend.ForValues(values, [.. values.Select(v => v - 19.59964)], [.. values.Select(v => v + 19.59964)]);

        // Equal weights (SE 10): the slope is the ordinary least-squares slope, and χ² = β̂² Σ(t − t̄)² / SE².
        Assert.Equal(-20, result.Slope, 6);
        Assert.Equal(400.0 * 10 / 100, result.ChiSquared, 4);
        Assert.Equal(TrendDirection.Decreasing, result.Direction);
    }

    [Fact]
    public void ForValues_WideLimits_IsNoSignificantChange()
    {
        double[] values = [500, 480, 460, 440, 420];

        var result = RecentTrend.ForValues(values, [.. values.Select(v => v - 300)], [.. values.Select(v => v + 300)]);

        Assert.Equal(TrendDirection.NoSignificantChange, result.Direction);
    }

    [Fact]
    public void ForProportion_FourPeriods_SaysFiveAreNeeded()
    {
        var ex = Assert.Throws<StatisticsException>(() => RecentTrend.ForProportion([1, 2, 3, 4], [10, 10, 10, 10]));

        Assert.Contains("at least 5 periods (found 4)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeBetween_TwoSiis_IsAZTestOnTheDifference()
    {
        // SEs 10 and 10 → SE of the difference √200; a change of 40 gives z² = 1600 / 200 = 8.
        var result = RecentTrend.ChangeBetween((-100, -119.59964, -80.40036), (-140, -159.59964, -120.40036));

        Assert.Equal(-40, result.Slope, 9);
        Assert.Equal(8, result.ChiSquared, 4);
        Assert.Equal(TrendDirection.Decreasing, result.Direction);
        Assert.Equal(TrendDirection.NoSignificantChange, RecentTrend.ChangeBetween((-100, -119.6, -80.4), (-140, -159.6, -120.4), level: 0.998).Direction);
    }
}
