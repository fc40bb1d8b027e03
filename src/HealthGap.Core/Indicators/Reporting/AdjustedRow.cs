namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// One row of <c>adjusted.csv</c>: a group's events compared with those expected had it the whole area's rate in
/// each IMD quintile × age band × sex stratum (indirect standardisation), beside the crude rate ratio. Hidden
/// (every figure null, <see cref="Suppressed"/> true, reason <see cref="NoValueReasons.Privacy"/>) wherever the
/// group's numerator or denominator is hidden in <c>indicators.csv</c>: the ratio times the expected count gives the
/// observed count, and the crude ratio with the area's counts gives the group's denominator.
/// </summary>
/// <param name="IndicatorId">Indicator id.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Period">Period label (2024-25).</param>
/// <param name="AreaType">icb, sub_icb or place.</param>
/// <param name="AreaCode">Area code.</param>
/// <param name="AreaName">Area name, or empty when unknown.</param>
/// <param name="Breakdown">The breakdown compared (e.g. ethnic_group).</param>
/// <param name="Group">The group (e.g. Black).</param>
/// <param name="Observed">The group's numerator as published in indicators.csv (rounded by the gate), or null when hidden.</param>
/// <param name="Expected">Expected events at the area's stratum rates, to 1 decimal place, or null when hidden.</param>
/// <param name="Ratio">Indirectly standardised ratio (observed / expected, from the true counts), or null.</param>
/// <param name="LowerLimit">Lower 95% limit of the ratio (exact below 10 events, Byar's from 10), or null.</param>
/// <param name="UpperLimit">Upper 95% limit of the ratio, or null.</param>
/// <param name="CrudeRatio">The group's crude rate over the area's (no adjustment), or null.</param>
/// <param name="Method">Exact or Byars, or empty when there is no ratio.</param>
/// <param name="Suppressed">True when the figures are hidden for privacy.</param>
/// <param name="NoValueReason">Why there is no ratio (<see cref="NoValueReasons"/>), or empty.</param>
public sealed record AdjustedRow(
    string IndicatorId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Period,
    string AreaType,
    string AreaCode,
    string AreaName,
    string Breakdown,
    string Group,
    long? Observed,
    double? Expected,
    double? Ratio,
    double? LowerLimit,
    double? UpperLimit,
    double? CrudeRatio,
    string Method,
    bool Suppressed,
    string NoValueReason);
