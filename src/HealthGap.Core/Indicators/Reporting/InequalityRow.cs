namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// One row of <c>inequalities.csv</c>: the inequality summary of an indicator for an area and period.
/// Every figure is null when it could not be computed or when one of its inputs is hidden by the gate;
/// <see cref="DeprivationReason"/> and <see cref="Core20Reason"/> then say why (<see cref="NoValueReasons"/>).
/// </summary>
/// <param name="IndicatorId">Indicator id.</param>
/// <param name="Period">Period label.</param>
/// <param name="AreaType">Area type.</param>
/// <param name="AreaCode">Area code.</param>
/// <param name="Sii">Slope index of inequality over <paramref name="SiiQuantiles"/>, in the indicator's units.</param>
/// <param name="SiiLower">Its lower 95 % limit.</param>
/// <param name="SiiUpper">Its upper 95 % limit.</param>
/// <param name="Rii">Relative index of inequality.</param>
/// <param name="RiiLower">Its lower 95 % limit.</param>
/// <param name="RiiUpper">Its upper 95 % limit.</param>
/// <param name="GapAbsolute">Most minus least deprived quintile.</param>
/// <param name="GapRelative">Most over least deprived quintile.</param>
/// <param name="Core20Ratio">Core20 (IMD deciles 1–2) over the rest.</param>
/// <param name="Core20RatioLower">Its lower 95 % limit.</param>
/// <param name="Core20RatioUpper">Its upper 95 % limit.</param>
/// <param name="SiiQuantiles">"deciles" or "quintiles": the groups the SII, RII and PAR were computed over.</param>
/// <param name="Par">Population attributable risk in the indicator's units, the least deprived group as reference (polarity-aware: positive when the area would be better off).</param>
/// <param name="ParLower">Its lower 95 % limit.</param>
/// <param name="ParUpper">Its upper 95 % limit.</param>
/// <param name="ParPercent">The same as a percentage of the area's value.</param>
/// <param name="ParPercentLower">Its lower 95 % limit.</param>
/// <param name="ParPercentUpper">Its upper 95 % limit.</param>
/// <param name="DeprivationReason">Why the SII, RII and PAR are missing, or empty when they are published.</param>
/// <param name="Core20Difference">Core20 minus the rest, in the indicator's units.</param>
/// <param name="Core20DifferenceLower">Its lower 95 % limit.</param>
/// <param name="Core20DifferenceUpper">Its upper 95 % limit.</param>
/// <param name="Core20Reason">Why the Core20 contrast is missing, or empty when it is published.</param>
/// <param name="GapTrend">Change in the SII since <paramref name="GapTrendSince"/> (z test): <see cref="InequalityTrends"/>' words.</param>
/// <param name="GapTrendSince">The first reported period, the SII compared against.</param>
/// <param name="GapTrendPValue">The z test's two-sided p value.</param>
/// <param name="ValueTrend">Recent trend of the area's overall value (Fingertips' test over the last 5 periods): <see cref="InequalityTrends"/>' words.</param>
/// <param name="ValueTrendMethod">The test used: <see cref="InequalityTrends.ChiSquaredForProportions"/> or <see cref="InequalityTrends.WeightedLeastSquares"/>.</param>
/// <param name="ValueTrendPValue">The test's p value.</param>
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
    double? Par = null,
    double? ParLower = null,
    double? ParUpper = null,
    double? ParPercent = null,
    double? ParPercentLower = null,
    double? ParPercentUpper = null,
    string DeprivationReason = "",
    double? Core20Difference = null,
    double? Core20DifferenceLower = null,
    double? Core20DifferenceUpper = null,
    string Core20Reason = "",
    string GapTrend = "",
    string GapTrendSince = "",
    double? GapTrendPValue = null,
    string ValueTrend = "",
    string ValueTrendMethod = "",
    double? ValueTrendPValue = null);
