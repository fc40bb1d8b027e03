using MathNet.Numerics.Distributions;

namespace HealthGap.Core.Statistics;

/// <summary>The inverse distribution functions the methods need, all from MathNet.Numerics.</summary>
internal static class Distributions
{
    /// <summary>Two-sided normal quantile z for confidence level c: Φ⁻¹(c + (1 − c)/2).</summary>
    public static double TwoSidedZ(double level) => Normal.InvCDF(0, 1, level + ((1 - level) / 2));

    public static double ChiSquaredQuantile(double probability, double degreesOfFreedom) =>
        ChiSquared.InvCDF(degreesOfFreedom, probability);

    public static double StudentTQuantile(double probability, double degreesOfFreedom) =>
        StudentT.InvCDF(0, 1, degreesOfFreedom, probability);
}
