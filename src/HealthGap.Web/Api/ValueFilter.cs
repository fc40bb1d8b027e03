using HealthGap.Core.Vocabulary;
using HealthGap.Web.Localization;
using HealthGap.Web.Results;

namespace HealthGap.Web.Api;

/// <summary>
/// The query-string filters shared by the API and the CSV downloads, so a table's CSV link and its
/// page use the same words: <c>indicator</c>, <c>area</c>, <c>area_type</c>, <c>period</c>, <c>breakdown</c>.
/// </summary>
internal sealed record ValueFilter(string? Indicator, string? Area, string? AreaType, string? Period, string? Breakdown)
{
    public static ValueFilter From(HttpRequest request) => new(
        Get(request, "indicator"), Get(request, "area"), Get(request, "area_type"), Get(request, "period"), Get(request, "breakdown"));

    /// <summary>Why <see cref="Period"/> cannot be served (it names no period of the results, with the ones there are), or null.</summary>
    public string? PeriodProblem(ResultSet results) =>
        Period is null || results.IsEmpty || results.Period(Period) is not null ? null
        : $"No period '{Period}' in these results. Periods: {string.Join(", ", results.Periods.Select(p => $"{p.Key} ({PageCulture.Label(p)})"))}.";

    public IEnumerable<IndicatorValue> Apply(ResultSet results)
    {
        var period = Period is null ? null : results.Period(Period);
        return results.Values.Where(v =>
            (Indicator is null || v.IndicatorId == Indicator)
            && (Area is null || string.Equals(v.AreaCode, Area, StringComparison.OrdinalIgnoreCase))
            && (AreaType is null || v.AreaType == AreaType)
            && (Period is null || v.Period == period)
            && (Breakdown is null || v.Breakdown == Breakdown || (Breakdown == BreakdownNames.All && v.IsTotal)));
    }

    public IEnumerable<InequalitySummary> Apply(IEnumerable<InequalitySummary> inequalities, ResultSet results)
    {
        var period = Period is null ? null : results.Period(Period);
        return inequalities.Where(i =>
            (Indicator is null || i.IndicatorId == Indicator)
            && (Area is null || string.Equals(i.AreaCode, Area, StringComparison.OrdinalIgnoreCase))
            && (AreaType is null || i.AreaType == AreaType)
            && (Period is null || (period is not null && period.Matches(i.Period))));
    }

    private static string? Get(HttpRequest request, string key) =>
        request.Query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
}
