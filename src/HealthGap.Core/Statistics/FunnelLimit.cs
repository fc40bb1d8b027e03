namespace HealthGap.Core.Statistics;

/// <summary>One funnel control limit at one point of the axis.</summary>
/// <param name="Limit">The limit on the chart's scale (proportion × m, ratio, or rate × m).</param>
/// <param name="Denominator">Ratio funnels: the expected events at which the limit is reached. Rate funnels: the one-year population. Null for proportions.</param>
public sealed record FunnelLimit(double Limit, double? Denominator);
