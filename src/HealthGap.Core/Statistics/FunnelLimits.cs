namespace HealthGap.Core.Statistics;

/// <summary>Control limits for a funnel plot: 100 points plus the package's metadata.</summary>
/// <param name="Points">The points, smallest X first.</param>
/// <param name="Statistic">E.g. <c>proportion</c>, <c>rate (dsr per 100,000)</c>, <c>ratio</c>.</param>
/// <param name="Method"><c>Wilson</c> for proportions, <c>Poisson</c> for ratios and rates.</param>
public sealed record FunnelLimits(IReadOnlyList<FunnelPoint> Points, string Statistic, string Method);
