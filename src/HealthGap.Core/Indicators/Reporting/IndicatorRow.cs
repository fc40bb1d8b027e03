using HealthGap.Core.Disclosure;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>One published row of <c>indicators.csv</c>: an indicator's value for an area, period and group, after disclosure control.</summary>
/// <param name="IndicatorId">Indicator id.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Period">Period label (2024-25).</param>
/// <param name="AreaType">icb, sub_icb, place, pcn or practice.</param>
/// <param name="AreaCode">Area code.</param>
/// <param name="AreaName">Area name, or empty when unknown.</param>
/// <param name="Breakdown">Breakdown name.</param>
/// <param name="Group">Group label.</param>
/// <param name="Cell">Counts, value and limits after the gate (null = hidden).</param>
/// <param name="Statistic">What the value is, e.g. "proportion of 100", "dsr per 100000".</param>
/// <param name="Method">How limits were computed, e.g. "Wilson".</param>
/// <param name="NoValueReason">Why the row has no value, or empty when it has one: <see cref="NoValueReasons"/>.</param>
public sealed record IndicatorRow(
    string IndicatorId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Period,
    string AreaType,
    string AreaCode,
    string AreaName,
    string Breakdown,
    string Group,
    PublishedCell Cell,
    string Statistic,
    string Method,
    string NoValueReason = "")
{
    /// <summary>How many single years the period pools (1 for a single period; 3 for 2022-23 to 2024-25).</summary>
    public int PooledYears { get; init; } = 1;
}
