namespace HealthGap.Core.Statistics;

/// <summary>Where one record sits on a rate funnel (<c>calculate_funnel_points</c>).</summary>
/// <param name="RateChart">The rate to plot; null for DSRs from fewer than 10 events.</param>
/// <param name="DenominatorDerived">The one-year denominator to plot against; null for DSRs from fewer than 10 events.</param>
public sealed record FunnelChartPoint(double? RateChart, double? DenominatorDerived);
