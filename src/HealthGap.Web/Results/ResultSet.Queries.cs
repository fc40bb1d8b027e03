namespace HealthGap.Web.Results;

/// <summary>Look-ups the pages and the API make.</summary>
internal sealed partial class ResultSet
{
    /// <summary>All rows for one indicator and area.</summary>
    public IReadOnlyList<IndicatorValue> For(string indicatorId, string areaCode) =>
        _byIndicatorArea.TryGetValue((indicatorId, areaCode), out var list) ? list : [];

    /// <summary>One breakdown for one indicator, area and period, groups in their natural order.</summary>
    public IReadOnlyList<IndicatorValue> Breakdown(string indicatorId, string areaCode, ReportingPeriod period, string breakdown) =>
        For(indicatorId, areaCode)
            .Where(v => v.Period == period && v.Breakdown == breakdown)
            .OrderBy(v => Breakdowns.SortKey(v.Group), StringComparer.Ordinal)
            .ToArray();

    /// <summary>The breakdowns reported for this indicator and area (totals excluded).</summary>
    public IReadOnlyList<string> BreakdownsFor(string indicatorId, string areaCode) =>
        For(indicatorId, areaCode).Select(v => v.Breakdown).Where(b => !Breakdowns.IsTotal(b)).Distinct().ToArray();

    /// <summary>The whole-population figure for an area and period, if reported.</summary>
    public IndicatorValue? Total(string indicatorId, string areaCode, ReportingPeriod period) =>
        For(indicatorId, areaCode).FirstOrDefault(v => v.Period == period && v.IsTotal);

    /// <summary>The whole-population figure for each period, oldest first.</summary>
    public IReadOnlyList<IndicatorValue> Trend(string indicatorId, string areaCode) =>
        For(indicatorId, areaCode).Where(v => v.IsTotal).OrderBy(v => v.Period).ToArray();

    /// <summary>Whole-population figures for every area of a type in a period (for funnel plots and maps).</summary>
    public IReadOnlyList<IndicatorValue> TotalsByArea(string indicatorId, string areaType, ReportingPeriod period) =>
        Areas.Where(a => a.Type == areaType)
            .Select(a => Total(indicatorId, a.Code, period))
            .OfType<IndicatorValue>()
            .ToArray();

    /// <summary>The inequality summary for an indicator, area and period, if reported.</summary>
    public InequalitySummary? Inequality(string indicatorId, string areaCode, ReportingPeriod period) =>
        Inequalities.FirstOrDefault(i => i.IndicatorId == indicatorId
            && string.Equals(i.AreaCode, areaCode, StringComparison.OrdinalIgnoreCase)
            && period.Matches(i.Period));
}
