namespace HealthGap.Web.Charts;

/// <summary>One labelled value with its 95% confidence limits; a null value is suppressed or missing.</summary>
/// <param name="Label">Group label as shown.</param>
/// <param name="Value">The value, or null.</param>
/// <param name="Lower">Lower 95% confidence limit.</param>
/// <param name="Upper">Upper 95% confidence limit.</param>
/// <param name="Missing">What to write instead of a missing value (why it is not shown); null for the chart's default.</param>
internal sealed record ChartPoint(string Label, double? Value, double? Lower, double? Upper, string? Missing = null);
