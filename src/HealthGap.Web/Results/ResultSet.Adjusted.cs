namespace HealthGap.Web.Results;

/// <summary>The groups compared after adjustment for deprivation, age and sex (the report's adjusted.csv).</summary>
internal sealed partial class ResultSet
{
    /// <summary>Every adjusted comparison the report published (empty for a folder without adjusted.csv).</summary>
    public IReadOnlyList<AdjustedValue> Adjusted { get; init; } = [];

    /// <summary>An indicator's adjusted comparisons for one area and period, by breakdown then group.</summary>
    public IReadOnlyList<AdjustedValue> AdjustedFor(string indicatorId, string areaCode, Core.Indicators.Engine.ReportingPeriod period) =>
        [.. Adjusted.Where(a => a.IndicatorId == indicatorId && string.Equals(a.AreaCode, areaCode, StringComparison.OrdinalIgnoreCase) && a.Period == period)];
}
