using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// "Is the gap just deprivation?": each group of a breakdown the definition adjusts for deprivation, compared
/// with the whole area after indirect standardisation for IMD quintile, age band and sex. Expected events are
/// Σ over strata of the group's denominator × the area's rate in that stratum (the reference is the area itself:
/// the ICB for the ICB, each sub-ICB and place for itself); the ratio and its limits are
/// <see cref="IndirectlyStandardised.Ratio"/> (PHEindicatormethods' ISR). It works from the engine's adjustment
/// strata and the already-gated indicator rows, and publishes a comparison only where the group's numerator and
/// denominator are published there; it does not gate anything itself.
/// </summary>
internal static class AdjustedComparison
{
    /// <summary>The adjusted rows of one indicator and period, in the order of its areas, breakdowns and groups.</summary>
    /// <param name="counts">The indicator's counts, with their adjustment strata.</param>
    /// <param name="rows">Its published (gated) rows for the same period.</param>
    public static IReadOnlyList<AdjustedRow> Build(IndicatorCounts counts, IReadOnlyList<IndicatorRow> rows)
    {
        if (counts.AdjustmentStrata.Count == 0)
        {
            return [];
        }

        var published = new Dictionary<(string, string, string, string), IndicatorRow>();
        foreach (var row in rows)
        {
            published[(row.AreaType, row.AreaCode, row.Breakdown, row.Group)] = row;
        }

        var result = new List<AdjustedRow>();
        var byArea = counts.AdjustmentStrata.GroupBy(s => (s.AreaType, s.AreaCode, s.Breakdown))
            .OrderBy(g => g.Key.AreaType, StringComparer.Ordinal).ThenBy(g => g.Key.AreaCode, StringComparer.Ordinal).ThenBy(g => g.Key.Breakdown, StringComparer.Ordinal);
        foreach (var area in byArea)
        {
            var breakdown = AdjustmentStrata.Adjusted(area.Key.Breakdown)!;
            foreach (var comparison in Compare([.. area]))
            {
                if (published.TryGetValue((area.Key.AreaType, area.Key.AreaCode, breakdown, comparison.Group), out var row))
                {
                    result.Add(Publish(row, comparison));
                }
            }
        }

        return result;
    }

    /// <summary>One group's comparison from the true counts, before disclosure.</summary>
    /// <param name="Group">The group.</param>
    /// <param name="Result">Observed, expected and the ratio with its limits.</param>
    /// <param name="CrudeRatio">The group's crude rate over the area's, or null when either has no denominator.</param>
    internal sealed record Comparison(string Group, IndirectStandardisationResult Result, double? CrudeRatio);

    /// <summary>
    /// Every group's comparison within one area: the area's rate per stratum (IMD quintile × age band × sex) is the
    /// sum over all groups, Unknown included, so the reference is everyone in the area. Limits at 95% unless
    /// <paramref name="levels"/> says otherwise (95% and 99.8% for a check across many groups).
    /// </summary>
    internal static IEnumerable<Comparison> Compare(IReadOnlyList<StratumCount> strata, ConfidenceLevels? levels = null)
    {
        var reference = new Dictionary<(string Quintile, int AgeBand, string Sex), (long Numerator, long Denominator)>();
        long areaNumerator = 0, areaDenominator = 0;
        var groups = new SortedDictionary<string, List<(string Quintile, StratumCount Stratum)>>(StringComparer.Ordinal);
        foreach (var s in strata)
        {
            var (group, quintile) = AdjustmentStrata.Split(s.Group);
            var key = (quintile, s.AgeBand, s.Sex);
            var (n, d) = reference.GetValueOrDefault(key);
            reference[key] = (n + s.Numerator, d + s.Denominator);
            (areaNumerator, areaDenominator) = (areaNumerator + s.Numerator, areaDenominator + s.Denominator);
            if (!groups.TryGetValue(group, out var list))
            {
                groups[group] = list = [];
            }

            list.Add((quintile, s));
        }

        foreach (var (group, list) in groups)
        {
            // A stratum where the area has no denominator has no rate: it adds its events to the observed but nothing to the expected.
            var bands = list.Select(x => (Stratum: x.Stratum, Reference: reference[(x.Quintile, x.Stratum.AgeBand, x.Stratum.Sex)]))
                .Where(x => x.Reference.Denominator > 0)
                .Select(x => new IndirectBand(x.Stratum.Numerator, x.Stratum.Denominator, x.Reference.Numerator, x.Reference.Denominator))
                .ToList();
            var (observed, denominator) = (list.Sum(x => x.Stratum.Numerator), list.Sum(x => x.Stratum.Denominator));
            var result = IndirectlyStandardised.Ratio(bands, 1, levels ?? ConfidenceLevels.Default, observed);
            double? crude = denominator > 0 && areaDenominator > 0 && areaNumerator > 0
                ? ((double)observed / denominator) / ((double)areaNumerator / areaDenominator)
                : null;
            yield return new Comparison(group, result, crude);
        }
    }

    private static AdjustedRow Publish(IndicatorRow row, Comparison comparison)
    {
        var cell = row.Cell;
        // The ratio times the expected count gives the observed count, and the crude ratio with the area's counts gives the
        // group's denominator: both must be published in the indicator row for the comparison to be.
        var hidden = cell.Numerator is null || cell.NumeratorReason != Disclosure.SuppressionReason.None
            || cell.Denominator is null || cell.DenominatorReason != Disclosure.SuppressionReason.None;
        var estimate = comparison.Result.Estimate;
        var noRatio = estimate.Value is null || !double.IsFinite(estimate.Value.Value);
        var reason = hidden ? NoValueReasons.Privacy : noRatio ? NoValueReasons.NoData : "";
        return new AdjustedRow(
            row.IndicatorId, row.PeriodStart, row.PeriodEnd, row.Period, row.AreaType, row.AreaCode, row.AreaName, row.Breakdown, row.Group,
            hidden ? null : cell.Numerator,
            hidden ? null : Math.Round(comparison.Result.Expected, 1, MidpointRounding.AwayFromZero),
            hidden || noRatio ? null : estimate.Value,
            hidden || noRatio ? null : estimate.Lower,
            hidden || noRatio ? null : estimate.Upper,
            hidden ? null : comparison.CrudeRatio,
            hidden || noRatio ? "" : estimate.Method ?? "",
            hidden,
            reason);
    }
}
