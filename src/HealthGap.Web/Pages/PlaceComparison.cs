using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting.Folder;
using HealthGap.Web.Charts;
using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>
/// One indicator for a place beside the ICS value, and whether the place differs beyond chance, for
/// <see cref="Period"/>: the chosen period, or the indicator's closest one when it is reported on
/// another cycle (a calendar-year cancer indicator beside financial years). A place differs when it lies
/// outside the 95% funnel limits around the ICS value — the same rule, and the same words, as the
/// indicator page's funnel plot.
/// </summary>
internal sealed record PlaceComparison(CatalogueEntry Definition, ReportingPeriod? Period, IndicatorValue? Place, IndicatorValue? Icb, FunnelPosition? Position)
{
    /// <summary>Better or worse than the ICS read with the polarity, when the place is outside the 95% limits; null otherwise.</summary>
    public bool? IsBetter =>
        Position is null or FunnelPosition.Within || Definition.HigherIsBetter is not { } higherIsBetter ? null
        : Position is FunnelPosition.Above95 or FunnelPosition.Above998 ? higherIsBetter : !higherIsBetter;

    public static PlaceComparison For(ResultSet results, CatalogueEntry d, string placeCode, string? icbCode, ReportingPeriod chosen)
    {
        var period = results.PeriodFor(d.Id, chosen);
        var place = period is null ? null : results.Total(d.Id, placeCode, period);
        var icb = period is null || icbCode is null ? null : results.Total(d.Id, icbCode, period);
        var position = place is not null && icb is { HasValue: true, Value: { } target } ? FunnelLimits.For(d, target).Position(d, place) : null;
        return new PlaceComparison(d, period, place, icb, position);
    }
}
