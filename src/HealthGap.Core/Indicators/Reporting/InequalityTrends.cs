using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Trends with a stated test, added to the inequality summaries once every period of a report is built
/// (a pass over all periods, not one period against the one before). For each indicator and area, oldest
/// period first:
/// <list type="bullet">
/// <item>the <b>gap</b>: the change in the SII from the first reported period to each later one, by the z test
/// of <see cref="RecentTrend.ChangeBetween"/> (SEs from the SIIs' 95 % limits): widening when the SII moved
/// significantly away from zero, narrowing when towards it;</item>
/// <item>the <b>overall value</b>: Fingertips' recent trend over the five periods ending at each one
/// (<see cref="RecentTrend"/>: the χ² test for trend for proportions, from the published counts; weighted least
/// squares with 1/SE² weights from the published limits otherwise), or "not enough periods" before the fifth.</item>
/// </list>
/// Only published figures go in: a hidden or missing input gives <see cref="NotAvailable"/>, never a guess.
/// The words are the report's (English, in <c>inequalities.csv</c>); the web translates them.
/// </summary>
public static class InequalityTrends
{
    /// <summary>The SII moved significantly away from zero since the first reported period.</summary>
    public const string Widening = "widening";

    /// <summary>The SII moved significantly towards zero since the first reported period.</summary>
    public const string Narrowing = "narrowing";

    /// <summary>The overall value rose significantly over the last five periods.</summary>
    public const string Increasing = "increasing";

    /// <summary>The overall value fell significantly over the last five periods.</summary>
    public const string Decreasing = "decreasing";

    /// <summary>The test found no change beyond what chance could explain.</summary>
    public const string NoSignificantChange = "no significant change";

    /// <summary>The first reported period: there is no earlier SII to compare with.</summary>
    public const string NoEarlierPeriod = "no earlier period";

    /// <summary>Fewer than <see cref="RecentTrend.MinimumPoints"/> periods reported up to this one.</summary>
    public const string NotEnoughPeriods = "not enough periods (needs 5)";

    /// <summary>An input was hidden by the disclosure gate or has no value, so nothing is tested.</summary>
    public const string NotAvailable = "not available";

    /// <summary>The value trend's test for proportions.</summary>
    public const string ChiSquaredForProportions = "chi-squared test for trend in proportions";

    /// <summary>The value trend's test for every other measure.</summary>
    public const string WeightedLeastSquares = "weighted least squares, weights 1/SE^2";

    /// <summary>The gap trend's test.</summary>
    public const string SiiChangeTest = "z test for change in SII";

    private const double Level = 0.95;

    /// <summary>
    /// The summaries with their trends filled in, in the same order. Each indicator and area's periods are
    /// put in date order from the rows' period starts (a summary whose period has no row keeps its place).
    /// </summary>
    internal static IReadOnlyList<InequalityRow> Apply(IReadOnlyList<IndicatorDefinition> definitions, IReadOnlyList<IndicatorRow> rows, IReadOnlyList<InequalityRow> summaries)
    {
        var proportions = definitions.Where(d => d.Measure == MeasureType.Proportion).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var overall = new Dictionary<(string, string, string, string), PublishedCell>();
        var starts = new Dictionary<(string, string), DateOnly>();
        var pooled = new HashSet<(string, string)>();
        foreach (var row in rows)
        {
            if (row.Breakdown == "all")
            {
                overall[(row.IndicatorId, row.Period, row.AreaType, row.AreaCode)] = row.Cell;
                starts.TryAdd((row.IndicatorId, row.Period), row.PeriodStart);
                if (row.PooledYears > 1)
                {
                    pooled.Add((row.IndicatorId, row.Period));
                }
            }
        }

        var result = new InequalityRow[summaries.Count];
        // Pools are compared with pools and single years with single years.
        var series = Enumerable.Range(0, summaries.Count)
            .GroupBy(i => (summaries[i].IndicatorId, summaries[i].AreaType, summaries[i].AreaCode, pooled.Contains((summaries[i].IndicatorId, summaries[i].Period))));
        foreach (var group in series)
        {
            var ordered = group.OrderBy(i => starts.TryGetValue((summaries[i].IndicatorId, summaries[i].Period), out var d) ? d : DateOnly.MinValue).ThenBy(i => i).ToList();
            var first = summaries[ordered[0]];
            var proportion = proportions.Contains(first.IndicatorId);
            for (var k = 0; k < ordered.Count; k++)
            {
                var s = summaries[ordered[k]];
                var (gap, gapP) = k == 0 ? (NoEarlierPeriod, null) : Gap(first, s);
                var enough = k + 1 >= RecentTrend.MinimumPoints;
                var (value, valueP) = enough
                    ? Value([.. ordered.Skip(k + 1 - RecentTrend.MinimumPoints).Take(RecentTrend.MinimumPoints)
                        .Select(j => overall.GetValueOrDefault((s.IndicatorId, summaries[j].Period, s.AreaType, s.AreaCode)))], proportion)
                    : (NotEnoughPeriods, null);
                result[ordered[k]] = s with
                {
                    GapTrend = gap, GapTrendSince = k == 0 ? "" : first.Period, GapTrendPValue = gapP,
                    ValueTrend = value, ValueTrendMethod = !enough ? "" : proportion ? ChiSquaredForProportions : WeightedLeastSquares,
                    ValueTrendPValue = valueP,
                };
            }
        }

        return result;
    }

    /// <summary>The gap's change from <paramref name="first"/> to <paramref name="now"/>, with the z test's p value.</summary>
    internal static (string Trend, double? PValue) Gap(InequalityRow first, InequalityRow now)
    {
        if (first is not { Sii: { } a, SiiLower: { } aLow, SiiUpper: { } aHigh } || now is not { Sii: { } b, SiiLower: { } bLow, SiiUpper: { } bHigh })
        {
            return (NotAvailable, null);
        }

        TrendResult test;
        try
        {
            test = RecentTrend.ChangeBetween((a, aLow, aHigh), (b, bLow, bHigh), Level);
        }
        catch (StatisticsException)
        {
            return (NotAvailable, null);
        }

        return (test.Direction == TrendDirection.NoSignificantChange ? NoSignificantChange : Math.Abs(b) > Math.Abs(a) ? Widening : Narrowing, test.PValue);
    }

    private static (string Trend, double? PValue) Value(List<PublishedCell?> cells, bool proportion)
    {
        if (cells.Any(c => c is null || c.Suppressed || c.Value is null))
        {
            return (NotAvailable, null);
        }

        try
        {
            TrendResult test;
            if (proportion)
            {
                if (cells.Any(c => c!.Numerator is null || c.Denominator is not > 0))
                {
                    return (NotAvailable, null);
                }

                test = RecentTrend.ForProportion([.. cells.Select(c => (double)c!.Numerator!.Value)], [.. cells.Select(c => (double)c!.Denominator!.Value)], Level);
            }
            else
            {
                if (cells.Any(c => c!.LowerLimit is null || c.UpperLimit is null))
                {
                    return (NotAvailable, null);
                }

                test = RecentTrend.ForValues([.. cells.Select(c => c!.Value!.Value)], [.. cells.Select(c => c!.LowerLimit!.Value)], [.. cells.Select(c => c!.UpperLimit!.Value)], Level);
            }

            return (test.Direction switch
            {
                TrendDirection.Increasing => Increasing,
                TrendDirection.Decreasing => Decreasing,
                _ => NoSignificantChange,
            }, test.PValue);
        }
        catch (StatisticsException)
        {
            return (NotAvailable, null);
        }
    }
}
