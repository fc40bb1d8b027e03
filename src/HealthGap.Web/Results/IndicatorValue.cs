using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Web.Results;

/// <summary>
/// One row of the report's <c>indicators.csv</c>. It has already passed the disclosure gate:
/// a suppressed figure has <see cref="Suppressed"/> set and no value, never a zero.
/// </summary>
internal sealed record IndicatorValue
{
    public required string IndicatorId { get; init; }

    public required ReportingPeriod Period { get; init; }

    public required string AreaType { get; init; }

    public required string AreaCode { get; init; }

    public required string AreaName { get; init; }

    public required string Breakdown { get; init; }

    public required string Group { get; init; }

    public double? Numerator { get; init; }

    public double? Denominator { get; init; }

    public double? Value { get; init; }

    public double? LowerCl { get; init; }

    public double? UpperCl { get; init; }

    public required string Statistic { get; init; }

    public required string Method { get; init; }

    public required bool Suppressed { get; init; }

    /// <summary>
    /// The report's <c>hidden_reason</c>: why there is no value (privacy, unreliable, no_data, not_applicable),
    /// empty when there is one or when the report is older than the column.
    /// </summary>
    public string HiddenReason { get; init; } = "";

    /// <summary>
    /// Why there is no value, as the page says it: the report's reason, else privacy for a figure the gate
    /// hid, else "unknown" (an older report without the column; never assumed to be privacy).
    /// </summary>
    public string NoValueReason =>
        HasValue ? "" : HiddenReason.Length > 0 ? HiddenReason : Suppressed ? "privacy" : "unknown";

    /// <summary>True for a group with nobody in it: a published denominator of 0 (its value is empty or hidden, as there is nothing to measure).</summary>
    public bool HasNoPeople => Denominator is 0;

    /// <summary>True for the whole-population row of an area (no breakdown).</summary>
    public bool IsTotal => BreakdownDisplay.IsTotal(Breakdown);

    /// <summary>True when a value can be shown.</summary>
    public bool HasValue => !Suppressed && Value is not null;
}
