using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Reference;
using HealthGap.Web.Geography;
using HealthGap.Web.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthGap.Web.Pages;

/// <summary>The ICS overview: indicators where the most deprived are furthest behind first, direction of travel, Core20 share.</summary>
internal sealed class IndexModel(ResultsProvider provider) : PageModel
{
    public ResultSet Results { get; private set; } = null!;

    public ReportingPeriod? Period { get; private set; }

    /// <summary>Indicators with a better direction, the widest gap against the most deprived first.</summary>
    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];

    /// <summary>Indicators where neither higher nor lower is better, the widest gap (either way) first.</summary>
    public IReadOnlyList<OverviewRow> NeutralRows { get; private set; } = [];

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

        // Widest gap against the most deprived first (polarity-aware: an RII below 1 is a wide gap when
        // lower is better); indicators without a better direction cannot be ranked on that, so apart.
        var rows = Results.Indicators.Select(d => OverviewRow.For(Results, d, icb.Code, Period)).ToArray();
        Rows = [.. rows.Where(r => r.Definition.HigherIsBetter is not null).OrderByDescending(r => r.Gap?.WorseForMostDeprived ?? double.NegativeInfinity)];
        NeutralRows = [.. rows.Where(r => r.Definition.HigherIsBetter is null).OrderByDescending(r => r.Gap?.Size ?? double.NegativeInfinity)];
        Profile = ReferenceProvider.FindIcb(icb.Code) is { } area ? ReferenceProvider.Profile(area) : null;
        return Page();
    }
}
