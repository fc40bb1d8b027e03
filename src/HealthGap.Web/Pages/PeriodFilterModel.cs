using HealthGap.Core.Indicators.Engine;
using HealthGap.Web.Localization;
using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>The GET form that puts the area and period in the query string, so every view has a shareable URL.</summary>
internal sealed record PeriodFilterModel(
    string Action, IReadOnlyList<ReportingPeriod> Periods, ReportingPeriod? SelectedPeriod,
    IReadOnlyList<AreaRef> Areas, string? SelectedArea, IReadOnlyList<(string Key, string Value)> Hidden)
{
    /// <summary>A filter posting back to <paramref name="action"/>, keeping a language chosen in the URL.</summary>
    public static PeriodFilterModel For(HttpContext context, string action, IReadOnlyList<ReportingPeriod> periods,
        ReportingPeriod? selected, IReadOnlyList<AreaRef>? areas = null, string? selectedArea = null) =>
        new(action, periods, selected, areas ?? [], selectedArea,
            context.Request.Query.TryGetValue(LanguageMiddleware.QueryKey, out var lang) ? [(LanguageMiddleware.QueryKey, lang.ToString())] : []);
}
