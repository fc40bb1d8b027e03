namespace HealthGap.Core.Statistics;

/// <summary>One of the 100 points of a funnel plot's control limits.</summary>
/// <param name="Point">1 to 100.</param>
/// <param name="X">Population (proportions) or observed events (ratios and rates).</param>
/// <param name="Lower2s">Lower 95 % (0.025) limit.</param>
/// <param name="Upper2s">Upper 95 % (0.975) limit.</param>
/// <param name="Lower3s">Lower 99.8 % (0.001) limit.</param>
/// <param name="Upper3s">Upper 99.8 % (0.999) limit.</param>
/// <param name="Baseline">The reference average × m (null for ratio funnels, whose baseline is 1).</param>
public sealed record FunnelPoint(int Point, double X, FunnelLimit Lower2s, FunnelLimit Upper2s, FunnelLimit Lower3s, FunnelLimit Upper3s, double? Baseline);
