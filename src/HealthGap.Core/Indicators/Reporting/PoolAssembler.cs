using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Makes each pooled period's counts, as Fingertips does, from its single years': every stratum's
/// numerator and denominator summed over the years (person-years add too), so rates, DSRs and life
/// tables are computed from the summed strata unchanged. It holds a year's counts only while a pool
/// still needs them, and hands out each pool as soon as its last year has arrived.
/// </summary>
internal sealed class PoolAssembler
{
    private readonly Dictionary<IndicatorDefinition, List<ReportingPeriod>> _waiting;
    private readonly Dictionary<(IndicatorDefinition, ReportingPeriod), IndicatorCounts> _held = [];

    public PoolAssembler(IEnumerable<PeriodPlan> plans) =>
        _waiting = plans.Where(p => p.Pools.Count > 0).ToDictionary(p => p.Definition, p => p.Pools.ToList());

    /// <summary>Takes one single period's counts; returns the pools it completes (none when nothing pools it).</summary>
    public IReadOnlyList<IndicatorCounts> Add(IndicatorCounts counts)
    {
        if (!_waiting.TryGetValue(counts.Definition, out var pools) || !pools.Any(p => p.Parts.Contains(counts.Period)))
        {
            return [];
        }

        var definition = counts.Definition;
        _held[(definition, counts.Period)] = counts;
        var complete = pools.Where(p => p.Parts.All(part => _held.ContainsKey((definition, part)))).ToList();
        var summed = complete.Select(pool => IndicatorCounts.Sum([.. pool.Parts.Select(part => _held[(definition, part)])]) with { Period = pool }).ToList();
        pools.RemoveAll(complete.Contains);
        foreach (var part in _held.Keys.Where(k => k.Item1 == definition && !pools.Any(p => p.Parts.Contains(k.Item2))).ToList())
        {
            _held.Remove(part);
        }

        return summed;
    }
}
