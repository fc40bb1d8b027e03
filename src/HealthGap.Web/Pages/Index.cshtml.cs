using HealthGap.Core.Reference;
using HealthGap.Web.Geography;
using HealthGap.Web.Results;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthGap.Web.Pages;

/// <summary>The ICS overview: indicators with the widest deprivation gaps first, direction of travel, Core20 share.</summary>
internal sealed class IndexModel(ResultsProvider provider) : PageModel
{
    public ResultSet Results { get; private set; } = null!;

    public ReportingPeriod? Period { get; private set; }

    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];

    public IcbProfile? Profile { get; private set; }

    public void OnGet(string? period)
    {
        Results = provider.Current;
        Period = Results.Period(period);
        if (Results.Icb is not { } icb || Period is null)
        {
            return;
        }

        Rows = Results.Indicators
            .Select(d => OverviewRow.For(Results, d, icb.Code, Period))
            .OrderByDescending(r => Math.Abs(r.Inequality?.Rii ?? 0))
            .ToArray();
        Profile = ReferenceProvider.FindIcb(icb.Code) is { } area ? ReferenceProvider.Profile(area) : null;
    }
}
