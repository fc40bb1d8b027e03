using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>
/// One indicator for a place beside the ICS value, and whether the place differs beyond chance, for
/// <see cref="Period"/>: the chosen period, or the indicator's closest one when it is reported on
/// another cycle (a calendar-year cancer indicator beside financial years).
/// </summary>
internal sealed record PlaceComparison(IndicatorDefinition Definition, ReportingPeriod? Period, IndicatorValue? Place, IndicatorValue? Icb, Travel Compared)
{
    public static PlaceComparison For(ResultSet results, IndicatorDefinition d, string placeCode, string? icbCode, ReportingPeriod chosen)
    {
        var period = results.PeriodFor(d.Id, chosen);
        var place = period is null ? null : results.Total(d.Id, placeCode, period);
        var icb = period is null || icbCode is null ? null : results.Total(d.Id, icbCode, period);
        // Reuses the direction rule: the ICS value outside the place's 95% interval counts as a difference.
        var compared = DirectionOfTravel.Value(icb, place, d.HigherIsBetter);
        return new PlaceComparison(d, period, place, icb, compared);
    }
}
