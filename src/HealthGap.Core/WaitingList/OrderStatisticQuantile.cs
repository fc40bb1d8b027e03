using MathNet.Numerics.Distributions;

namespace HealthGap.Core.WaitingList;

/// <summary>
/// Sample quantiles with distribution-free confidence intervals from order statistics. The number of
/// waits below the true p-quantile is Binomial(n, p), so the interval [x(l), x(u)] between two order
/// statistics covers it with probability F(u−1) − F(l−1), F the Binomial(n, p) distribution function.
/// We take l − 1 the largest k with F(k) ≤ α/2 and u − 1 the smallest k with F(k) ≥ 1 − α/2, so the
/// coverage is at least 1 − α whatever the shape of the wait distribution (Conover, Practical
/// Nonparametric Statistics, 3rd ed., §3.2). When n is too small for a limit (e.g. F(0) &gt; α/2) that
/// limit is not available (null), never invented.
/// </summary>
internal static class OrderStatisticQuantile
{
    private const double DaysPerWeek = 7.0;

    /// <summary>The <paramref name="p"/>-quantile of <paramref name="sortedDays"/> in weeks, with its interval.</summary>
    public static QuantileEstimate Estimate(ReadOnlySpan<int> sortedDays, double p, double confidence)
    {
        var n = sortedDays.Length;
        if (n == 0)
        {
            return QuantileEstimate.None;
        }

        var (lowerRank, upperRank) = Ranks(n, p, confidence);
        return new QuantileEstimate(
            TypeSeven(sortedDays, p) / DaysPerWeek,
            lowerRank is { } l ? sortedDays[l - 1] / DaysPerWeek : null,
            upperRank is { } u ? sortedDays[u - 1] / DaysPerWeek : null);
    }

    /// <summary>1-based ranks (l, u) of the order statistics bounding the p-quantile; null when unavailable.</summary>
    internal static (int? Lower, int? Upper) Ranks(int n, double p, double confidence)
    {
        var tail = (1.0 - confidence) / 2.0;
        var binomial = new Binomial(p, n);

        // Start at the normal approximation and step to the exact boundary: a handful of CDF calls.
        var sd = Math.Sqrt(n * p * (1 - p));
        var z = Normal.InvCDF(0, 1, 1 - tail);
        var k = Math.Clamp((int)Math.Floor((n * p) - (z * sd)), -1, n);
        while (k >= 0 && Cdf(binomial, k) > tail)
        {
            k--;
        }

        while (k + 1 <= n && Cdf(binomial, k + 1) <= tail)
        {
            k++;
        }

        int? lower = k >= 0 ? k + 1 : null;

        var m = Math.Clamp((int)Math.Ceiling((n * p) + (z * sd)), 0, n);
        while (m > 0 && Cdf(binomial, m - 1) >= 1 - tail)
        {
            m--;
        }

        while (m < n && Cdf(binomial, m) < 1 - tail)
        {
            m++;
        }

        int? upper = m + 1 <= n ? m + 1 : null;
        return (lower, upper);
    }

    /// <summary>Linear interpolation between order statistics at h = (n − 1)p (R's default quantile type 7).</summary>
    internal static double TypeSeven(ReadOnlySpan<int> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }

    private static double Cdf(Binomial binomial, int k) => binomial.CumulativeDistribution(k);
}
