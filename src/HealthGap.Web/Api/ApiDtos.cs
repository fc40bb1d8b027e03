using HealthGap.Web.Results;

namespace HealthGap.Web.Api;

/// <summary>
/// An indicator in the API: its definition, the periods it has results for, and what its figures were
/// computed from (<c>synthetic</c>, <c>sample</c>, <c>extracts</c> or <c>unknown</c>).
/// </summary>
internal sealed record IndicatorSummaryDto(
    string Id, string Title, string Description, string Rationale, string Source, string Measure,
    double Multiplier, string Polarity, double? Target, IReadOnlyList<string> Periods, string DataSource);

/// <summary>One gated figure in the API (a row of indicators.csv); suppressed figures have no value.</summary>
internal sealed record IndicatorValueDto(
    string IndicatorId, string PeriodStart, string PeriodEnd, string AreaType, string AreaCode, string AreaName,
    string Breakdown, string Group, double? Numerator, double? Denominator, double? Value, double? LowerCl, double? UpperCl,
    string Statistic, string Method, bool Suppressed)
{
    public static IndicatorValueDto From(IndicatorValue v) => new(
        v.IndicatorId, v.Period.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        v.Period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        v.AreaType, v.AreaCode, v.AreaName, v.Breakdown, v.Group,
        v.Suppressed ? null : v.Numerator, v.Suppressed ? null : v.Denominator,
        v.Suppressed ? null : v.Value, v.Suppressed ? null : v.LowerCl, v.Suppressed ? null : v.UpperCl,
        v.Statistic, v.Method, v.Suppressed);
}

/// <summary>The API's answer for one indicator: its definition, what the figures were computed from, and the figures matching the filters.</summary>
internal sealed record IndicatorValuesDto(IndicatorSummaryDto Indicator, string DisclosurePolicy, string DataSource, IReadOnlyList<IndicatorValueDto> Values);

/// <summary>Areas with results.</summary>
internal sealed record AreaDto(string Type, string Code, string Name);
