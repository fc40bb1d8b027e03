using HealthGap.Core.Funding.Allocation;

namespace HealthGap.Core.Funding.Comparison;

/// <summary>One area across the scenarios compared.</summary>
/// <param name="Unit">The area.</param>
/// <param name="AmountsPounds">Its pounds under each scenario, in the comparison's order.</param>
/// <param name="BaselinePounds">Its pounds under the baseline (another scenario or last year), or null when there is none.</param>
public sealed record ComparisonRow(AllocationUnit Unit, IReadOnlyList<long> AmountsPounds, long? BaselinePounds)
{
    /// <summary>Pounds per resident under each scenario (0 for an area with no residents).</summary>
    public IReadOnlyList<double> PerHead => AmountsPounds.Select(a => Unit.Population == 0 ? 0 : (double)a / Unit.Population).ToArray();

    /// <summary>Difference from the baseline under each scenario, or null.</summary>
    public IReadOnlyList<long>? Differences => BaselinePounds is { } b ? AmountsPounds.Select(a => a - b).ToArray() : null;
}
