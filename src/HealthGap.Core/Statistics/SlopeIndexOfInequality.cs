namespace HealthGap.Core.Statistics;

/// <summary>
/// Slope and relative index of inequality (<c>phe_sii</c>, Low &amp; Low 2004): population-weighted
/// regression of the indicator on cumulative-rank midpoints, with Monte Carlo confidence limits.
/// Owns validation, the fit and the simulation; choosing quantiles (e.g. IMD deciles) is the caller's.
/// </summary>
public static class SlopeIndexOfInequality
{
    internal const string TooManyQuantilesWarning = "WARNING: Small values can make SII unstable when using a large number of quantiles";
    internal const string DroppedWarning = "WARNING: some records have been removed due to incomplete or invalid data";

    /// <summary>The SII for one area from its quantiles.</summary>
    /// <exception cref="StatisticsException">Invalid options or input (the package's error texts).</exception>
    public static SiiResult Calculate(IReadOnlyList<SiiQuantile> quantiles, SiiOptions? options = null)
    {
        var batch = CalculateAll([quantiles], options);
        return batch.Results[0] ?? throw new StatisticsException(DroppedWarning);
    }

    /// <summary>
    /// SIIs for many areas, simulated in parallel. The number of quantiles is counted across all
    /// groups (5–100, warning above 10); a group missing a quantile, or with a quantile whose
    /// population is missing, is dropped with a warning. Area i is seeded from the seed and i, so
    /// results do not depend on thread timing.
    /// </summary>
    /// <exception cref="StatisticsException">Invalid options or input (the package's error texts).</exception>
    public static SiiBatchResult CalculateAll(IReadOnlyList<IReadOnlyList<SiiQuantile>> groups, SiiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var o = options ?? new SiiOptions();
        SiiValidation.ValidateOptions(o);
        var warnings = new List<string>();
        var labels = groups.SelectMany(g => g).Select(q => q.Quantile).Distinct().OrderBy(q => q).ToArray();
        if (labels.Length < 5 || labels.Length > 100)
        {
            throw new StatisticsException($"Number of quantiles must be between 5 and 100 (found {labels.Length})");
        }

        if (labels.Length > 10)
        {
            warnings.Add(TooManyQuantilesWarning);
        }

        var prepared = SiiValidation.PrepareAll(groups, labels, o, warnings);
        var seed = o.Seed ?? Random.Shared.Next();
        var results = new SiiResult?[groups.Count];
        Parallel.For(0, groups.Count, i =>
        {
            if (prepared[i] is { } group)
            {
                results[i] = SiiSimulation.Run(group, o, SiiValidation.RandomFor(seed, i));
            }
        });
        return new SiiBatchResult(results, warnings);
    }
}
