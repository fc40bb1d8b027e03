using System.Collections.Concurrent;

namespace HealthGap.Core.Statistics;

/// <summary>
/// Confidence limits for a Poisson count O: Byar's approximation (Breslow &amp; Day 1987) and the
/// exact chi-square limits. Building blocks of rates, DSRs, ISRs and funnels.
/// </summary>
internal static class PoissonLimits
{
    private static readonly ConcurrentDictionary<(double Observed, double Level), (double Lower, double Upper)> ExactCache = new();

    /// <summary>Byar's lower limit; NaN (NA) when the formula goes below zero, as the package does.</summary>
    public static double ByarsLower(double observed, double level)
    {
        RequireNonNegative(observed);
        var z = Distributions.TwoSidedZ(level);
        var b = 1 - (1 / (9 * observed)) - (z / (3 * Math.Sqrt(observed)));
        var lower = observed * b * b * b;
        return lower < 0 ? double.NaN : lower;
    }

    public static double ByarsUpper(double observed, double level)
    {
        RequireNonNegative(observed);
        var z = Distributions.TwoSidedZ(level);
        var o1 = observed + 1;
        var b = 1 - (1 / (9 * o1)) + (z / (3 * Math.Sqrt(o1)));
        return o1 * b * b * b;
    }

    /// <summary>Exact lower limit χ²_{(1−c)/2}(2O)/2; zero when O is zero.</summary>
    public static double ExactLower(double observed, double level) =>
        observed == 0 ? 0 : Distributions.ChiSquaredQuantile((1 - level) / 2, 2 * observed) / 2;

    public static double ExactUpper(double observed, double level) =>
        Distributions.ChiSquaredQuantile(level + ((1 - level) / 2), (2 * observed) + 2) / 2;

    /// <summary>Exact below 10 events, Byar's from 10: the switch used by rates, ISRs and ratios.</summary>
    public static (double Lower, double Upper, string Method) ExactOrByars(double observed, double level)
    {
        if (observed >= 10)
        {
            return (ByarsLower(observed, level), ByarsUpper(observed, level), "Byars");
        }

        // Whole counts below 10 repeat constantly in large files; the chi-square inversions are cached.
        if (observed == Math.Floor(observed) && observed >= 0)
        {
            var (lower, upper) = ExactCache.GetOrAdd((observed, level), k => (ExactLower(k.Observed, k.Level), ExactUpper(k.Observed, k.Level)));
            return (lower, upper, "Exact");
        }

        return (ExactLower(observed, level), ExactUpper(observed, level), "Exact");
    }

    private static void RequireNonNegative(double observed)
    {
        if (observed < 0)
        {
            throw new StatisticsException("observed events must all be greater than or equal to zero");
        }
    }
}
