using System.Globalization;
using HealthGap.Web.Results;

namespace HealthGap.Web.Api;

/// <summary>One adjusted comparison in the API (a row of adjusted.csv); a hidden comparison has no figures, never zeros.</summary>
internal sealed record AdjustedDto(
    string IndicatorId, string PeriodStart, string PeriodEnd, string AreaType, string AreaCode, string Breakdown, string Group,
    double? Observed, double? Expected, double? Ratio, double? LowerCl, double? UpperCl, double? CrudeRatio, string Method,
    bool Suppressed, string HiddenReason)
{
    public static AdjustedDto From(AdjustedValue a) => new(
        a.IndicatorId, a.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        a.AreaType, a.AreaCode, a.Breakdown, a.Group,
        a.Suppressed ? null : a.Observed, a.Suppressed ? null : a.Expected, a.Suppressed ? null : a.Ratio,
        a.Suppressed ? null : a.LowerCl, a.Suppressed ? null : a.UpperCl, a.Suppressed ? null : a.CrudeRatio,
        a.Method, a.Suppressed, a.HiddenReason);
}
