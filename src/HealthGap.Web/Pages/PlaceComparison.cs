using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>One indicator for a place beside the ICS value, and whether the place differs beyond chance.</summary>
internal sealed record PlaceComparison(IndicatorDefinition Definition, IndicatorValue? Place, IndicatorValue? Icb, Travel Compared)
{
    public static PlaceComparison For(IndicatorDefinition d, IndicatorValue? place, IndicatorValue? icb)
    {
        // Reuses the direction rule: the ICS value outside the place's 95% interval counts as a difference.
        var compared = DirectionOfTravel.Value(icb, place, d.HigherIsBetter);
        return new PlaceComparison(d, place, icb, compared);
    }
}
