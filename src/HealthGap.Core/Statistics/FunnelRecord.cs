namespace HealthGap.Core.Statistics;

/// <summary>One organisation's data for a funnel plot.</summary>
/// <param name="Numerator">Observed events / numerator x.</param>
/// <param name="Denominator">Proportions: n. Ratios: expected events E. Rates: the population (required only when there are no events).</param>
/// <param name="Rate">Rates only: the published rate (× multiplier).</param>
public sealed record FunnelRecord(double Numerator, double? Denominator, double? Rate = null);
