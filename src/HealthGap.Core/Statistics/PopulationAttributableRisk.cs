namespace HealthGap.Core.Statistics;

/// <summary>
/// Population attributable risk (PAR), as Public Health Scotland publishes it beside the SII and RII:
/// how much of a whole area's burden would go if every deprivation group had the reference group's
/// value (by default the least deprived). With population shares pⱼ and values rⱼ, the area's value
/// is R = Σ pⱼ rⱼ and, for a burden, PAR = (R − r_ref) / R × 100 — the same as ScotPHO's
/// Σ pⱼ (rⱼ / r_ref − 1) / (Σ pⱼ (rⱼ / r_ref − 1) + 1) × 100. For something to have more of
/// (<see cref="ParOptions.HigherIsBetter"/>) it is (r_ref − R) / R × 100, the rise in the area's value.
/// ScotPHO publishes no limits; here they come from the same Monte Carlo draws as the SII's (each
/// group's value drawn from its standard error, on the log scale for rates and the logit scale for
/// proportions), with the package's order-statistic positions.
/// </summary>
public static class PopulationAttributableRisk
{
    /// <summary>PARs for many areas, in input order; an area missing a quantile is dropped (null) with a warning.</summary>
    /// <param name="groups">Each area's quantiles: population, value (or count for proportions) and a standard error or 95 % limits.</param>
    /// <param name="options">Value type, polarity, reference group, levels, repetitions and seed.</param>
    /// <exception cref="StatisticsException">Invalid options or input, or a reference quantile no area has.</exception>
    public static ParBatchResult CalculateAll(IReadOnlyList<IReadOnlyList<SiiQuantile>> groups, ParOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var o = options ?? new ParOptions();
        var sii = o.AsSiiOptions();
        SiiValidation.ValidateOptions(sii);
        var labels = groups.SelectMany(g => g).Select(q => q.Quantile).Where(q => !double.IsNaN(q)).Distinct().Order().ToArray();
        if (labels.Length < 2)
        {
            throw new StatisticsException($"a population attributable risk needs at least 2 quantiles (found {labels.Length})");
        }

        var reference = o.ReferenceQuantile ?? labels[^1];
        var referenceIndex = Array.IndexOf(labels, reference);
        if (referenceIndex < 0)
        {
            throw new StatisticsException($"reference quantile {Format.Number(reference)} is not one of the quantiles ({string.Join(", ", labels.Select(Format.Number))})");
        }

        var warnings = new List<string>();
        var prepared = SiiValidation.PrepareAll(groups, labels, sii, warnings);
        var seed = o.Seed ?? Random.Shared.Next();
        var results = new ParResult?[groups.Count];
        Parallel.For(0, groups.Count, i =>
        {
            if (prepared[i] is { } group)
            {
                results[i] = Simulate(group, referenceIndex, o, SiiValidation.RandomFor(seed, i));
            }
        });
        return new ParBatchResult(results, warnings);
    }

    /// <summary>The PAR of one area from its quantiles.</summary>
    /// <exception cref="StatisticsException">Invalid options or input.</exception>
    public static ParResult Calculate(IReadOnlyList<SiiQuantile> quantiles, ParOptions? options = null) =>
        CalculateAll([quantiles], options).Results[0] ?? throw new StatisticsException(SlopeIndexOfInequality.DroppedWarning);

    private static ParResult Simulate(SiiGroup group, int referenceIndex, ParOptions options, FastRandom random)
    {
        var (absolute, percent) = Measures(group.Share, group.Value, referenceIndex, options.HigherIsBetter);
        var overall = Overall(group.Share, group.Value);
        var reps = options.Repetitions;
        var absolutes = new double[reps];
        var percents = new double[reps];
        var draws = new double[group.Share.Length];
        for (var r = 0; r < reps; r++)
        {
            for (var j = 0; j < draws.Length; j++)
            {
                draws[j] = SiiTransform.Inverse(options.ValueType, group.DrawMean[j] + (group.DrawSe[j] * random.NextStandardNormal()));
            }

            (absolutes[r], percents[r]) = Measures(group.Share, draws, referenceIndex, options.HigherIsBetter);
        }

        var levels = (options.Confidence ?? ConfidenceLevels.Default).Levels;
        return new ParResult(overall, group.Value[referenceIndex], absolute, Limits(absolutes, levels), percent, Limits(percents, levels));
    }

    private static (double Absolute, double Percent) Measures(double[] share, double[] values, int referenceIndex, bool higherIsBetter)
    {
        var overall = Overall(share, values);
        var absolute = higherIsBetter ? values[referenceIndex] - overall : overall - values[referenceIndex];
        return (absolute, overall == 0 ? double.NaN : absolute / overall * 100);
    }

    private static double Overall(double[] share, double[] values)
    {
        var overall = 0.0;
        for (var j = 0; j < share.Length; j++)
        {
            overall += share[j] * values[j];
        }

        return overall;
    }

    // NaN draws (an area whose value is 0) sort last and make the upper limit NA rather than a wrong number.
    private static ConfidenceInterval[] Limits(double[] draws, IReadOnlyList<double> levels)
    {
        var limits = new ConfidenceInterval[levels.Count];
        var anyNaN = draws.Any(double.IsNaN);
        for (var k = 0; k < levels.Count; k++)
        {
            var (low, high) = OrderStatistics.Positions(draws.Length, levels[k]);
            limits[k] = anyNaN
                ? new ConfidenceInterval(levels[k], null, null)
                : ConfidenceInterval.Of(levels[k], OrderStatistics.Select(draws, low), OrderStatistics.Select(draws, high));
        }

        return limits;
    }
}
