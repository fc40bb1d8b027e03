using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Web.Results;

/// <summary>
/// The look-up tables behind <see cref="ResultSet"/>, built once per report: rows by indicator and
/// area, by breakdown (groups already in display order), totals, trends, per-area-type totals and
/// inequality summaries matched to their period. A page then costs dictionary hits, not scans of
/// every row of the report.
/// </summary>
internal sealed class ResultIndex
{
    private readonly Dictionary<(string Indicator, string Area), IndicatorValue[]> _byIndicatorArea;
    private readonly Dictionary<(string Indicator, string Area, ReportingPeriod Period, string Breakdown), IndicatorValue[]> _breakdowns;
    private readonly Dictionary<(string Indicator, string Area, ReportingPeriod Period), IndicatorValue> _totals = [];
    private readonly Dictionary<(string Indicator, string Area), IndicatorValue[]> _trends;
    private readonly Dictionary<(string Indicator, string Area), string[]> _breakdownNames;
    private readonly Dictionary<(string Indicator, string AreaType, ReportingPeriod Period), IndicatorValue[]> _totalsByArea;
    private readonly Dictionary<(string Indicator, string Area, ReportingPeriod Period), InequalitySummary> _inequalities = [];
    private readonly Dictionary<string, ReportingPeriod[]> _periods;

    public ResultIndex(IReadOnlyList<IndicatorValue> values, IReadOnlyList<InequalitySummary> inequalities,
        IReadOnlyList<ReportingPeriod> periods, IReadOnlyList<AreaRef> areas)
    {
        _byIndicatorArea = values.GroupBy(v => (v.IndicatorId, v.AreaCode)).ToDictionary(g => g.Key, g => g.ToArray());
        // Grouped within each indicator and area, so the four-part key is hashed once per group, not per row.
        _breakdowns = _byIndicatorArea.SelectMany(e => e.Value.GroupBy(v => (v.Period, v.Breakdown)).Select(g => (e.Key, g)))
            .ToDictionary(
                x => (x.Key.Indicator, x.Key.Area, x.g.Key.Period, x.g.Key.Breakdown),
                x => x.g.OrderBy(v => BreakdownDisplay.SortKey(v.Group), StringComparer.Ordinal).ToArray());
        foreach (var total in values.Where(v => v.IsTotal))
        {
            // The first whole-population row wins, as a scan in file order would find it.
            _totals.TryAdd((total.IndicatorId, total.AreaCode, total.Period), total);
        }

        // A trend is a line of single years: a pooled period overlaps them and would be a point out of step.
        _trends = _totals.Values.Where(v => !v.Period.IsPooled).GroupBy(v => (v.IndicatorId, v.AreaCode)).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Period, ResultPeriods.Chronological).ToArray());
        _breakdownNames = _byIndicatorArea.ToDictionary(
            e => e.Key, e => e.Value.Select(v => v.Breakdown).Where(b => !BreakdownDisplay.IsTotal(b)).Distinct().ToArray());
        var areaOrder = areas.Select((a, i) => (a, i)).ToDictionary(x => (x.a.Type, x.a.Code), x => x.i);
        _totalsByArea = _totals.Values.GroupBy(v => (v.IndicatorId, v.AreaType, v.Period))
            .ToDictionary(g => g.Key, g => g.OrderBy(v => areaOrder.GetValueOrDefault((v.AreaType, v.AreaCode))).ToArray());
        _periods = values.GroupBy(v => v.IndicatorId).ToDictionary(g => g.Key, g => g.Select(v => v.Period).Distinct().Order(ResultPeriods.Chronological).ToArray(), StringComparer.Ordinal);
        foreach (var summary in inequalities)
        {
            foreach (var period in periods.Where(p => p.Matches(summary.Period)))
            {
                _inequalities.TryAdd((summary.IndicatorId, summary.AreaCode.ToUpperInvariant(), period), summary);
            }
        }
    }

    public IReadOnlyList<IndicatorValue> For(string indicatorId, string areaCode) =>
        _byIndicatorArea.GetValueOrDefault((indicatorId, areaCode)) ?? [];

    public IReadOnlyList<IndicatorValue> Breakdown(string indicatorId, string areaCode, ReportingPeriod period, string breakdown) =>
        _breakdowns.GetValueOrDefault((indicatorId, areaCode, period, breakdown)) ?? [];

    public IReadOnlyList<string> BreakdownsFor(string indicatorId, string areaCode) =>
        _breakdownNames.GetValueOrDefault((indicatorId, areaCode)) ?? [];

    public IndicatorValue? Total(string indicatorId, string areaCode, ReportingPeriod period) =>
        _totals.GetValueOrDefault((indicatorId, areaCode, period));

    public IReadOnlyList<IndicatorValue> Trend(string indicatorId, string areaCode) =>
        _trends.GetValueOrDefault((indicatorId, areaCode)) ?? [];

    public IReadOnlyList<IndicatorValue> TotalsByArea(string indicatorId, string areaType, ReportingPeriod period) =>
        _totalsByArea.GetValueOrDefault((indicatorId, areaType, period)) ?? [];

    public InequalitySummary? Inequality(string indicatorId, string areaCode, ReportingPeriod period) =>
        _inequalities.GetValueOrDefault((indicatorId, areaCode.ToUpperInvariant(), period));

    public IReadOnlyList<ReportingPeriod> PeriodsOf(string indicatorId) => _periods.GetValueOrDefault(indicatorId) ?? [];
}
