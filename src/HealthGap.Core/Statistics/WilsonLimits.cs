namespace HealthGap.Core.Statistics;

/// <summary>Wilson score limits for x successes out of n (Wilson 1927; Newcombe &amp; Altman 2000).</summary>
internal static class WilsonLimits
{
    public static (double Lower, double Upper) Of(double x, double n, double level)
    {
        if (x < 0)
        {
            throw new StatisticsException("observed events must all be greater than or equal to zero");
        }

        if (n < 0)
        {
            throw new StatisticsException("sample sizes must all be greater than zero");
        }

        if (x > n)
        {
            throw new StatisticsException("numerators must be less than or equal to denominator for a Wilson score to be calculated");
        }

        if (level >= 1)
        {
            return (0, 1);
        }

        var z = Distributions.TwoSidedZ(level);
        var z2 = z * z;
        var root = z * Math.Sqrt(z2 + (4 * x * (1 - (x / n))));
        var denominator = 2 * (n + z2);
        return (((2 * x) + z2 - root) / denominator, ((2 * x) + z2 + root) / denominator);
    }
}
