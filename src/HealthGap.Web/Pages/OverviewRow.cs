using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>One indicator on the overview: its ICS value, inequality summary and directions of travel.</summary>
internal sealed record OverviewRow(
    IndicatorDefinition Definition, IndicatorValue? Total, InequalitySummary? Inequality, Travel GapTravel, Travel ValueTravel)
{
    public static OverviewRow For(ResultSet results, IndicatorDefinition definition, string areaCode, ReportingPeriod period, ReportingPeriod? previous)
    {
        var total = results.Total(definition.Id, areaCode, period);
        var inequality = results.Inequality(definition.Id, areaCode, period);
        if (previous is null)
        {
            return new OverviewRow(definition, total, inequality, Travel.NotEnoughData, Travel.NotEnoughData);
        }

        return new OverviewRow(
            definition, total, inequality,
            DirectionOfTravel.Gap(results.Inequality(definition.Id, areaCode, previous), inequality),
            DirectionOfTravel.Value(results.Total(definition.Id, areaCode, previous), total, definition.HigherIsBetter));
    }
}
