using HealthGap.Core.WaitingList;

namespace HealthGap.Core.Tests.WaitingList;

public class OrderStatisticQuantileTests
{
    [Fact]
    public void Ranks_MedianOf100_MatchesPublishedTable()
    {
        // Conover's table: the 95% interval for the median of 100 observations is [x(40), x(61)].
        Assert.Equal((40, 61), OrderStatisticQuantile.Ranks(100, 0.5, 0.95));
    }

    [Fact]
    public void Ranks_FiveObservations_NoLimitsInvented()
    {
        // P(all 5 below the median) = 1/32 > 2.5%, so no order statistic bounds it at 95%.
        Assert.Equal((null, null), OrderStatisticQuantile.Ranks(5, 0.5, 0.95));
    }

    [Fact]
    public void Ranks_Percentile92Of30_UpperNotAvailable()
    {
        var (lower, upper) = OrderStatisticQuantile.Ranks(30, 0.92, 0.95);
        Assert.NotNull(lower);
        Assert.Null(upper);
    }

    [Fact]
    public void Estimate_KnownValues_TypeSevenPointInWeeks()
    {
        int[] days = [7, 14, 21, 28];
        var median = OrderStatisticQuantile.Estimate(days, 0.5, 0.95);
        Assert.Equal(2.5, median.Weeks);
        Assert.Equal(QuantileEstimate.None, OrderStatisticQuantile.Estimate([], 0.5, 0.95));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.92)]
    public void Estimate_SkewedWaits_CoversTrueQuantileAtLeastNominally(double p)
    {
        var random = new Random(7);
        const int Trials = 2000;
        var trueQuantile = -Math.Log(1 - p) * 70; // exponential waits, mean 70 days
        var covered = 0;
        for (var t = 0; t < Trials; t++)
        {
            var sample = Enumerable.Range(0, 80).Select(_ => -Math.Log(1 - random.NextDouble()) * 70).Order().ToArray();
            var (l, u) = OrderStatisticQuantile.Ranks(sample.Length, p, 0.95);
            if (sample[l!.Value - 1] <= trueQuantile && trueQuantile <= sample[u!.Value - 1])
            {
                covered++;
            }
        }

        Assert.InRange(covered / (double)Trials, 0.94, 1.0);
    }
}
