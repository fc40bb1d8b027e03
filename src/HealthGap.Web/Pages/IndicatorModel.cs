using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting.Folder;
using HealthGap.Core.Vocabulary;
using HealthGap.Web.Caching;
using HealthGap.Web.Charts;
using HealthGap.Web.Geography;
using HealthGap.Web.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthGap.Web.Pages;

/// <summary>
/// One indicator for one area and period: the deprivation gradient, ethnicity and PLUS groups,
/// SII/RII, trend, places on a funnel plot and a map, and what the indicator means.
/// Without an id it lists every indicator.
/// </summary>
internal sealed partial class IndicatorModel(ResultsProvider provider, BoundaryStore boundaries, FragmentCache fragments) : PageModel
{
    public ResultSet Results { get; private set; } = null!;

    public CatalogueEntry? Definition { get; private set; }

    public AreaRef? Area { get; private set; }

    public ReportingPeriod? Period { get; private set; }

    /// <summary>The period asked for in the URL when the indicator has no results for it (the page then shows <see cref="Period"/>).</summary>
    public ReportingPeriod? RequestedPeriod { get; private set; }

    public IndicatorValue? Total { get; private set; }

    public IndicatorValue? IcbTotal { get; private set; }

    public InequalitySummary? Inequality { get; private set; }

    public string GradientBreakdown { get; private set; } = BreakdownNames.ImdDecile;

    public IReadOnlyList<IndicatorValue> Gradient { get; private set; } = [];

    public IReadOnlyList<IndicatorValue> Ethnicity { get; private set; } = [];

    public IReadOnlyList<IndicatorValue> Plus { get; private set; } = [];

    public IReadOnlyList<IndicatorValue> Other { get; private set; } = [];

    public IReadOnlyList<IndicatorValue> Trend { get; private set; } = [];

    public IReadOnlyList<IndicatorValue> IcbTrend { get; private set; } = [];

    public IReadOnlyList<IndicatorValue> Places { get; private set; } = [];

    /// <summary>Set when <c>?period=</c> names a period the results do not have (the page is then a 400).</summary>
    public UnknownPeriodModel? UnknownPeriod { get; private set; }

    public IActionResult OnGet(string? id, string? area, string? period)
    {
        Results = provider.Current;
        if (id is null)
        {
            return Page();
        }

        Definition = Results.Definition(id);
        UnknownPeriod = UnknownPeriodModel.Check(period, Results.Periods, "/indicator/" + id);
        if (UnknownPeriod is not null && Definition is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var requested = period is null ? null : Results.Period(period);
        Area = area is null ? Results.Icb : Results.Area(area);
        if (Definition is null || (period is not null && requested is null) || Area is null)
        {
            return NotFound();
        }

        // Without a period, the indicator's own latest one: a calendar-year indicator has no 2024-25.
        Period = Results.PeriodFor(id, requested);
        if (Period is null)
        {
            return NotFound();
        }

        RequestedPeriod = requested is not null && requested != Period ? requested : null;

        var code = Area.Code;
        Total = Results.Total(id, code, Period);
        Inequality = Results.Inequality(id, code, Period);
        GradientBreakdown = Results.Breakdown(id, code, Period, BreakdownNames.ImdDecile).Count > 0 ? BreakdownNames.ImdDecile : BreakdownNames.ImdQuintile;
        Gradient = Results.Breakdown(id, code, Period, GradientBreakdown);
        Ethnicity = [.. Results.Breakdown(id, code, Period, BreakdownNames.EthnicGroup).Where(v => !v.HasNoPeople)];
        var breakdowns = Results.BreakdownsFor(id, code);
        Plus = breakdowns.Where(b => BreakdownDisplay.SectionOf(b) == IndicatorPageSection.Plus)
            .SelectMany(b => Results.Breakdown(id, code, Period, b)).Where(v => !v.HasNoPeople)
            .OrderBy(v => BreakdownDisplay.IsFlagSet(v.Group) ? 0 : 1).ThenBy(v => v.Breakdown, StringComparer.Ordinal)
            .ToArray();
        // Every other breakdown the report wrote, in the vocabulary's order (then any it does not know), so none is dropped.
        Other = breakdowns.Where(b => BreakdownDisplay.SectionOf(b) == IndicatorPageSection.Other)
            .OrderBy(BreakdownNames.OrderOf).ThenBy(b => b, StringComparer.Ordinal)
            .SelectMany(b => Results.Breakdown(id, code, Period, b)).Where(v => !v.HasNoPeople).ToArray();
        Trend = Results.Trend(id, code);
        if (Results.Icb is { } icb)
        {
            IcbTotal = Results.Total(id, icb.Code, Period);
            IcbTrend = code == icb.Code ? [] : Results.Trend(id, icb.Code);
        }

        Places = Results.TotalsByArea(id, AreaTypes.Place, Period);
        return Page();
    }

    /// <summary>The map's LSOA shapes, projected once per ICB (empty when the ICB or boundaries are unknown).</summary>
    public MapOutline MapOutline => Results.Icb is { } icb ? boundaries.Outline(icb.Code) : MapOutline.Empty;

    /// <summary>
    /// A chart of the ICB's places for this indicator and period (the funnel plot) in the page language,
    /// rendered once per results version: it is the same on the page of every area, so it is kept once
    /// per indicator and period, not once per area. <paramref name="name"/> says which chart.
    /// </summary>
    public string PlacesFragment(string name, Func<string> render) =>
        fragments.GetOrRender(Results, string.Join('|', name, Definition?.Id, "places", Period?.Key), render);

    public static ChartPoint Point(string label, IndicatorValue v, string? missing = null) =>
        v.HasValue ? new ChartPoint(label, v.Value, v.LowerCl, v.UpperCl) : new ChartPoint(label, null, null, null, missing);
}
