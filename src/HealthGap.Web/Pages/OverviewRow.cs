using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting.Folder;
using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>
/// One indicator on the overview: its ICS value, inequality summary and directions of travel, for
/// <see cref="Period"/> — the chosen period, or the indicator's closest one when it is reported on
/// another cycle (a calendar-year cancer indicator on a financial-year overview).
/// </summary>
internal sealed record OverviewRow(
    CatalogueEntry Definition, ReportingPeriod? Period, IndicatorValue? Total, InequalitySummary? Inequality, Travel GapTravel, Travel ValueTravel)
{
    /// <summary>The deprivation gap read with the indicator's polarity (who is worse off, by how much).</summary>
    public GapReading? Gap => GapReading.Of(Inequality, Definition);

    public static OverviewRow For(ResultSet results, CatalogueEntry definition, string areaCode, ReportingPeriod chosen)
    {
        var period = results.PeriodFor(definition.Id, chosen);
        if (period is null)
        {
            return new OverviewRow(definition, null, null, null, Travel.NotEnoughData, Travel.NotEnoughData);
        }

        var total = results.Total(definition.Id, areaCode, period);
        var inequality = results.Inequality(definition.Id, areaCode, period);
        var previous = results.PeriodsOf(definition.Id).LastOrDefault(p => p.IsPooled == period.IsPooled && ResultPeriods.Chronological.Compare(p, period) < 0);
        if (previous is null)
        {
            return new OverviewRow(definition, period, total, inequality, Travel.NotEnoughData, Travel.NotEnoughData);
        }

        return new OverviewRow(
            definition, period, total, inequality,
            DirectionOfTravel.Gap(results.Inequality(definition.Id, areaCode, previous), inequality),
            DirectionOfTravel.Value(results.Total(definition.Id, areaCode, previous), total, definition.HigherIsBetter));
    }
}
