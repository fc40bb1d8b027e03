namespace HealthGap.Core.Statistics;

/// <summary>The slope and relative index of inequality for one area.</summary>
/// <param name="Sii">Slope index of inequality (difference across the whole rank range, × multiplier).</param>
/// <param name="SiiIntervals">Simulated limits per requested level.</param>
/// <param name="Rii">Relative index of inequality (ratio across the rank range).</param>
/// <param name="RiiIntervals">Simulated limits per requested level.</param>
/// <param name="Intercept">Fitted value at rank 0 (back-transformed and × |multiplier| when transformed).</param>
public sealed record SiiResult(double Sii, IReadOnlyList<ConfidenceInterval> SiiIntervals, double Rii,
    IReadOnlyList<ConfidenceInterval> RiiIntervals, double Intercept);
