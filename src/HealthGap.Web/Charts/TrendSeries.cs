namespace HealthGap.Web.Charts;

/// <summary>One line on a trend chart: a name and a point per period (null where suppressed).</summary>
/// <param name="Name">Series name for the legend.</param>
/// <param name="Points">One point per period, labelled with the period.</param>
internal sealed record TrendSeries(string Name, IReadOnlyList<ChartPoint> Points);
