using HealthGap.Core.Reference;
using HealthGap.Web.Geography;
using HealthGap.Web.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthGap.Web.Pages;

/// <summary>The ICS overview: indicators with the widest deprivation gaps first, direction of travel, Core20 share.</summary>
internal sealed class IndexModel(ResultsProvider provider) : PageModel
{
    public ResultSet Results { get; private set; } = null!;

    public ReportingPeriod? Period { get; private set; }

    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];

    public IcbProfile? Profile { get; private set; }

    /// <summary>Set when <c>?period=</c> names a period the results do not have (the page is then a 400).</summary>
    public UnknownPeriodModel? UnknownPeriod { get; private set; }

    public IActionResult OnGet(string? period)
    {
        Results = provider.Current;
        UnknownPeriod = UnknownPeriodModel.Check(period, Results.Periods, "/");
        if (UnknownPeriod is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Period = Results.Period(period);
        if (Results.Icb is not { } icb || Period is null)
        {
            return Page();
        }

        Rows = Results.Indicators
            .Select(d => OverviewRow.For(Results, d, icb.Code, Period))
            .OrderByDescending(r => Math.Abs(r.Inequality?.Rii ?? 0))
            .ToArray();
        Profile = ReferenceProvider.FindIcb(icb.Code) is { } area ? ReferenceProvider.Reference.Profile(area) : null;
        return Page();
    }
}
