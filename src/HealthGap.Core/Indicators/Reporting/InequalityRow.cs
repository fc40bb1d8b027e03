namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// One row of <c>inequalities.csv</c>: the inequality summary of an indicator for an area and period.
/// Every figure is null when it could not be computed or when one of its inputs is hidden by the gate.
/// </summary>
public sealed record InequalityRow(
    string IndicatorId,
    string Period,
    string AreaType,
    string AreaCode,
    double? Sii,
    double? SiiLower,
    double? SiiUpper,
    double? Rii,
    double? RiiLower,
    double? RiiUpper,
    double? GapAbsolute,
    double? GapRelative,
    double? Core20Ratio,
    double? Core20RatioLower,
    double? Core20RatioUpper,
    string SiiQuantiles,
    string Trend);
