using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting.Folder;
using HealthGap.Core.Reference;
using HealthGap.Web.Geography;
using HealthGap.Web.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthGap.Web.Pages;

/// <summary>A place (local authority district) against the whole ICS; without a code, the list of places.</summary>
internal sealed class PlaceModel(ResultsProvider provider, BoundaryStore boundaries) : PageModel
{
    public ResultSet Results { get; private set; } = null!;

    public AreaRef? Place { get; private set; }

    public ReportingPeriod? Period { get; private set; }

    public AreaProfile? Profile { get; private set; }

    public IReadOnlyList<PlaceComparison> Rows { get; private set; } = [];

    public CatalogueEntry? TrendIndicator { get; private set; }

    public IReadOnlyList<Lsoa> Lsoas { get; private set; } = [];

    /// <summary>Set when <c>?period=</c> names a period the results do not have (the page is then a 400).</summary>
    public UnknownPeriodModel? UnknownPeriod { get; private set; }

    public IActionResult OnGet(string? code, string? period, string? indicator)
    {
        Results = provider.Current;
        UnknownPeriod = UnknownPeriodModel.Check(period, Results.Periods, "/place" + (code is null ? "" : "/" + code));
        if (UnknownPeriod is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Period = Results.Period(period);
        if (code is null)
        {
            return Page();
        }

        Place = Results.Area(code);
        if (Place is null || Period is null)
        {
            return NotFound();
        }

        var icb = Results.Icb;
        Rows = Results.Indicators.Select(d => PlaceComparison.For(Results, d, Place.Code, icb?.Code, Period)).ToArray();
        TrendIndicator = Results.Indicators.FirstOrDefault(d => d.Id == indicator) ?? (Results.Indicators.Count > 0 ? Results.Indicators[0] : null);
        if (icb is not null && ReferenceProvider.FindIcb(icb.Code) is { } area)
        {
            Profile = ReferenceProvider.Profile(area).Places.FirstOrDefault(p => p.Code == Place.Code);
            Lsoas = ReferenceProvider.LsoasOfPlace(Place.Code);
        }

        return Page();
    }

    /// <summary>The place's LSOAs, projected once per place (empty when the ICB or boundaries are unknown).</summary>
    public MapOutline MapOutline =>
        Results.Icb is { } icb && Place is { } place ? boundaries.Outline(icb.Code, place.Code) : MapOutline.Empty;
}
