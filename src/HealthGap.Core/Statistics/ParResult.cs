namespace HealthGap.Core.Statistics;

/// <summary>The population attributable risk of one area.</summary>
/// <param name="Overall">The population-weighted value of the whole area (Σ share × value).</param>
/// <param name="Reference">The reference group's value.</param>
/// <param name="Absolute">How much better the whole area's value would be if every group had the reference value, in the indicator's units (negative when the reference group is worse than the area).</param>
/// <param name="AbsoluteIntervals">Simulated limits of <paramref name="Absolute"/> per requested level.</param>
/// <param name="Percent">The same as a percentage of the whole area's value: for a burden, the share of it that would go.</param>
/// <param name="PercentIntervals">Simulated limits of <paramref name="Percent"/> per requested level.</param>
public sealed record ParResult(double Overall, double Reference, double Absolute, IReadOnlyList<ConfidenceInterval> AbsoluteIntervals,
    double Percent, IReadOnlyList<ConfidenceInterval> PercentIntervals);
