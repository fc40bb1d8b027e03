namespace HealthGap.Core.Disclosure.Audit;

/// <summary>One row of a report's <c>indicators.csv</c> as an outsider reads it: a hidden count is null.</summary>
/// <param name="Indicator">indicator_id.</param>
/// <param name="Period">period_start/period_end.</param>
/// <param name="AreaType">area_type.</param>
/// <param name="AreaCode">area_code.</param>
/// <param name="Breakdown">breakdown.</param>
/// <param name="Group">group.</param>
/// <param name="Numerator">Published (rounded) numerator, or null when hidden.</param>
/// <param name="Denominator">Published (rounded) denominator, or null when hidden or absent.</param>
/// <param name="Value">Published value, or null.</param>
/// <param name="LowerLimit">Published lower confidence limit, or null.</param>
/// <param name="UpperLimit">Published upper confidence limit, or null.</param>
/// <param name="DenominatorHidden">True when the denominator is the hidden marker (not merely absent).</param>
public sealed record ReportCell(
    string Indicator,
    string Period,
    string AreaType,
    string AreaCode,
    string Breakdown,
    string Group,
    long? Numerator,
    long? Denominator,
    double? Value,
    double? LowerLimit,
    double? UpperLimit,
    bool DenominatorHidden);
