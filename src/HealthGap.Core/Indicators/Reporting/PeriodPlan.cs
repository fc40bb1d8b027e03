using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Which periods of one indicator a report publishes and which single periods it must query for them:
/// the reported single periods, and, when the definition pools years, the pool ending at each reported
/// period whose years the data covers (a pool's years may lie before the reported ones: they are
/// queried, not published). It does not count; <see cref="IndicatorReport"/> sums the parts' counts.
/// </summary>
/// <param name="Definition">The indicator.</param>
/// <param name="Published">Single periods published, oldest first.</param>
/// <param name="Pools">Pooled periods published, oldest first.</param>
internal sealed record PeriodPlan(IndicatorDefinition Definition, IReadOnlyList<ReportingPeriod> Published, IReadOnlyList<ReportingPeriod> Pools)
{
    /// <summary>The single periods to query: the published ones and every pool's parts, oldest first.</summary>
    public IReadOnlyList<ReportingPeriod> Queried =>
        [.. Published.Concat(Pools.SelectMany(p => p.Parts)).Distinct().OrderBy(p => p.Start).ThenBy(p => p.End)];

    /// <summary>
    /// The plan for <paramref name="reported"/>: a pooled period there (named with <c>--period</c>) is
    /// published as a pool; each single one is published, with the definition's pool ending at it when
    /// <paramref name="span"/> covers all of that pool's years.
    /// </summary>
    public static PeriodPlan For(IndicatorDefinition definition, IReadOnlyList<ReportingPeriod> reported, DataSpan span)
    {
        var singles = reported.Where(p => !p.IsPooled).ToList();
        var pools = reported.Where(p => p.IsPooled).ToList();
        if (definition.Period.PooledYears is { } years)
        {
            pools.AddRange(singles.Select(p => ReportingPeriod.Pooled(definition.Period, p, years)).Where(span.Covers));
        }

        return new PeriodPlan(definition, singles, [.. pools.Distinct().OrderBy(p => p.End)]);
    }
}
