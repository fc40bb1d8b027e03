using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>The sufficient statistics of one indicator for one period.</summary>
public sealed record IndicatorCounts(IndicatorDefinition Definition, ReportingPeriod Period, IReadOnlyList<StratumCount> Strata)
{
    /// <summary>
    /// Counts by breakdown group × IMD quintile (group <c>group|quintile</c>) × age band × sex for the breakdowns the
    /// definition adjusts for deprivation, at ICB, sub-ICB and place only: the input of indirect standardisation. Empty when none is declared.
    /// </summary>
    public IReadOnlyList<StratumCount> AdjustmentStrata { get; init; } = [];

    /// <summary>Adds the strata of several results for the same indicator and period (e.g. from shards split by person).</summary>
    public static IndicatorCounts Sum(IReadOnlyList<IndicatorCounts> parts)
    {
        var first = parts[0];
        return new IndicatorCounts(first.Definition, first.Period, Add(parts.SelectMany(p => p.Strata)))
        {
            AdjustmentStrata = Add(parts.SelectMany(p => p.AdjustmentStrata)),
        };
    }

    private static List<StratumCount> Add(IEnumerable<StratumCount> strata) => [.. strata
        .GroupBy(s => (s.AreaType, s.AreaCode, s.Breakdown, s.Group, s.AgeBand, s.Sex))
        .Select(g => g.First() with { Numerator = g.Sum(s => s.Numerator), Denominator = g.Sum(s => s.Denominator) })];
}
