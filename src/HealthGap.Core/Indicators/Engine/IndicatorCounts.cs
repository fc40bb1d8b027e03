using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>The sufficient statistics of one indicator for one period.</summary>
public sealed record IndicatorCounts(IndicatorDefinition Definition, ReportingPeriod Period, IReadOnlyList<StratumCount> Strata)
{
    /// <summary>Adds the strata of several results for the same indicator and period (e.g. from shards split by person).</summary>
    public static IndicatorCounts Sum(IReadOnlyList<IndicatorCounts> parts)
    {
        var first = parts[0];
        var strata = parts.SelectMany(p => p.Strata)
            .GroupBy(s => (s.AreaType, s.AreaCode, s.Breakdown, s.Group, s.AgeBand, s.Sex))
            .Select(g => g.First() with { Numerator = g.Sum(s => s.Numerator), Denominator = g.Sum(s => s.Denominator) })
            .ToList();
        return new IndicatorCounts(first.Definition, first.Period, strata);
    }
}
