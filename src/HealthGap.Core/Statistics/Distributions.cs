using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace HealthGap.Core.Statistics;

/// <summary>The inverse distribution functions the methods need, all from MathNet.Numerics.</summary>
internal static class Distributions
{
    private static readonly ConcurrentDictionary<double, double> ZCache = new();

    /// <summary>Two-sided normal quantile z for confidence level c: Φ⁻¹(c + (1 − c)/2).</summary>
    /// <remarks>Cached per level: a million-row rate file asks for the same one or two levels every row.</remarks>
    public static double TwoSidedZ(double level) =>
        ZCache.GetOrAdd(level, l => Normal.InvCDF(0, 1, l + ((1 - l) / 2)));

    public static double ChiSquaredQuantile(double probability, double degreesOfFreedom) =>
        ChiSquared.InvCDF(degreesOfFreedom, probability);

    public static double StudentTQuantile(double probability, double degreesOfFreedom) =>
        StudentT.InvCDF(0, 1, degreesOfFreedom, probability);
}
