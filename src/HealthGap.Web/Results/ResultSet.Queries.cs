using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Web.Results;

/// <summary>Look-ups the pages and the API make.</summary>
internal sealed partial class ResultSet
{
    /// <summary>All rows for one indicator and area.</summary>
    public IReadOnlyList<IndicatorValue> For(string indicatorId, string areaCode) => _index.For(indicatorId, areaCode);

    /// <summary>One breakdown for one indicator, area and period, groups in their natural order.</summary>
    public IReadOnlyList<IndicatorValue> Breakdown(string indicatorId, string areaCode, ReportingPeriod period, string breakdown) =>
        _index.Breakdown(indicatorId, areaCode, period, breakdown);

    /// <summary>The breakdowns reported for this indicator and area (totals excluded).</summary>
    public IReadOnlyList<string> BreakdownsFor(string indicatorId, string areaCode) => _index.BreakdownsFor(indicatorId, areaCode);

    /// <summary>The whole-population figure for an area and period, if reported.</summary>
    public IndicatorValue? Total(string indicatorId, string areaCode, ReportingPeriod period) => _index.Total(indicatorId, areaCode, period);

    /// <summary>The whole-population figure for each period, oldest first.</summary>
    public IReadOnlyList<IndicatorValue> Trend(string indicatorId, string areaCode) => _index.Trend(indicatorId, areaCode);

    /// <summary>Whole-population figures for every area of a type in a period (for funnel plots and maps).</summary>
    public IReadOnlyList<IndicatorValue> TotalsByArea(string indicatorId, string areaType, ReportingPeriod period) =>
        _index.TotalsByArea(indicatorId, areaType, period);

    /// <summary>The inequality summary for an indicator, area and period, if reported.</summary>
    public InequalitySummary? Inequality(string indicatorId, string areaCode, ReportingPeriod period) =>
        _index.Inequality(indicatorId, areaCode, period);

    /// <summary>The periods this indicator has results for, oldest first (a calendar-year indicator has no financial years).</summary>
    public IReadOnlyList<ReportingPeriod> PeriodsOf(string indicatorId) => _index.PeriodsOf(indicatorId);

    /// <summary>
    /// The period to show an indicator for when <paramref name="requested"/> was asked for (null: the
    /// latest): the requested period when the indicator has it, else the indicator's latest period
    /// that starts by the end of the requested one (2024 for 2024-25; a pool for a pool), else its latest. Null when the
    /// indicator has no results.
    /// </summary>
    public ReportingPeriod? PeriodFor(string indicatorId, ReportingPeriod? requested)
    {
        var own = PeriodsOf(indicatorId);
        if (own.Count == 0)
        {
            return null;
        }

        if (requested is null || own.Contains(requested))
        {
            return requested ?? own[^1];
        }

        // A pool asked for finds the indicator's own pool by preference, a single year its own single year.
        return own.LastOrDefault(p => p.IsPooled == requested.IsPooled && p.Start <= requested.End)
            ?? own.LastOrDefault(p => p.Start <= requested.End) ?? own[^1];
    }
}
