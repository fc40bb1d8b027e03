using MathNet.Numerics;

namespace HealthGap.Core.Statistics;

/// <summary>The limit formulas behind funnel plots: Wilson inversions for proportions, exact Poisson for counts.</summary>
internal static class FunnelMath
{
    /// <summary>The proportion at population n whose Wilson interval at tail p just touches the average π.</summary>
    public static (double Lower, double Upper) ProportionLimits(double average, double n, double probability)
    {
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, probability);
        var z2 = z * z;
        var k = n / z2;
        var a = (1 / z2) + (1 / n);
        var b = average * (k + 1);
        var root = Math.Sqrt((b * b) - (a * average * ((n * ((average * (k + 2)) - 1)) + (z2 * (average - 1)))));
        return ((b - root) / a / n, (b + root) / a / n);
    }

    /// <summary>Expected count E with P(Poisson(E) ≤ O) = p: the lower funnel limit for O.</summary>
    public static double ExpectedForLower(double observed, double probability) =>
        Bisect(observed, e => SpecialFunctions.GammaUpperRegularized(observed + 1, e) < probability);

    /// <summary>Expected count E with P(Poisson(E) ≥ O) = p: the upper funnel limit for O.</summary>
    public static double ExpectedForUpper(double observed, double probability) =>
        observed == 0 ? 0 : Bisect(observed, e => SpecialFunctions.GammaLowerRegularized(observed, e) > probability);

    /// <summary>
    /// The package's bisection on v ∈ (0, 1) with E = (1 + O)·v/(1 − v), stopping once the step is
    /// ≤ 1e-7. Copied rather than solved exactly because its answer differs from the exact root
    /// by up to ~1e-5 relative for small E, and the published limits are the bisection's.
    /// </summary>
    private static double Bisect(double observed, Func<double, bool> tooBig)
    {
        double v = 0.5, step = 0.5;
        do
        {
            step /= 2;
            var e = (1 + observed) * v / (1 - v);
            v = tooBig(e) ? v - step : v + step;
        }
        while (step > 1e-7);

        return (1 + observed) * v / (1 - v);
    }

    /// <summary>Label for a value against 99.8 % and 95 % limits, in the package's order of checks.</summary>
    public static string Label(double value, double lower3, double upper3, double lower2, double upper2) =>
        value > upper3 ? "High (0.001)"
        : value > upper2 ? "High (0.025)"
        : value < lower3 ? "Low (0.001)"
        : value < lower2 ? "Low (0.025)"
        : "Not significant";
}
