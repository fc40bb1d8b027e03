namespace HealthGap.Core.Statistics;

/// <summary>
/// Directly standardised rate (<c>calculate_dsr</c>): Σ(xᵢwᵢ/nᵢ)/Σwᵢ × m with Dobson limits built
/// on Byar's limits for the total count, suppressed when the total count is below 10. Matching
/// bands to the standard population (e.g. ESP2013) is the caller's job.
/// </summary>
public static class DirectlyStandardisedRate
{
    /// <summary>The DSR of one group from its bands (independent events).</summary>
    /// <param name="bands">One row per band: count, population, standard population.</param>
    /// <param name="multiplier">Default 100,000.</param>
    /// <param name="confidence">One level, or 0.95 and 0.998.</param>
    /// <exception cref="StatisticsException">A count or standard population &lt; 0, a population ≤ 0, or bad levels.</exception>
    public static StandardisedRateResult Calculate(IReadOnlyList<StandardisationBand> bands, double multiplier = 100_000, ConfidenceLevels? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var levels = (confidence ?? ConfidenceLevels.Default).RequireOneOrStandardPair();
        double weighted = 0, variance = 0, weights = 0, total = 0, population = 0;
        foreach (var band in bands)
        {
            var x = band.Count ?? 0;
            ValidateBand(x, band.Population, band.StandardPopulation);
            weighted += x * band.StandardPopulation / band.Population;
            variance += x * band.StandardPopulation * band.StandardPopulation / (band.Population * band.Population);
            weights += band.StandardPopulation;
            total += x;
            population += band.Population;
        }

        return Finish(total, population, weighted / weights, variance / (weights * weights), multiplier, levels, "Dobson");
    }

    /// <summary>
    /// The DSR of one group when one person can have several events: the rows hold individuals by
    /// event frequency f, the variance is Σ_f f²·var_f, and the value uses Σ_f f·individuals events.
    /// </summary>
    /// <exception cref="StatisticsException">Bad values, or one band with differing populations across frequencies.</exception>
    public static StandardisedRateResult CalculateNonIndependent(IReadOnlyList<EventFrequencyBand> bands, double multiplier = 100_000, ConfidenceLevels? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var levels = (confidence ?? ConfidenceLevels.Default).RequireOneOrStandardPair();
        var byBand = new Dictionary<string, (double Events, double Population, double Standard)>(StringComparer.Ordinal);
        var variance = 0.0;
        foreach (var frequency in bands.GroupBy(b => b.EventFrequency))
        {
            double v = 0, w = 0;
            foreach (var band in frequency)
            {
                var x = band.Individuals ?? 0;
                ValidateBand(x, band.Population, band.StandardPopulation);
                v += x * band.StandardPopulation * band.StandardPopulation / (band.Population * band.Population);
                w += band.StandardPopulation;
                var events = frequency.Key * x;
                if (byBand.TryGetValue(band.AgeBand, out var seen))
                {
                    if (seen.Population != band.Population || seen.Standard != band.StandardPopulation)
                    {
                        throw new StatisticsException(
                            $"There are rows with the same grouping variables and ageband but with different populations (n) or standard populations(stdpop) (age band '{band.AgeBand}')");
                    }

                    byBand[band.AgeBand] = (seen.Events + events, seen.Population, seen.Standard);
                }
                else
                {
                    byBand[band.AgeBand] = (events, band.Population, band.StandardPopulation);
                }
            }

            variance += (double)frequency.Key * frequency.Key * v / (w * w);
        }

        double weighted = 0, weights = 0, total = 0, population = 0;
        foreach (var (events, n, s) in byBand.Values)
        {
            weighted += events * s / n;
            weights += s;
            total += events;
            population += n;
        }

        return Finish(total, population, weighted / weights, variance, multiplier, levels,
            "Dobson, with confidence adjusted for non-independent events");
    }

    private static StandardisedRateResult Finish(double total, double population, double dsr, double variance,
        double multiplier, ConfidenceLevels levels, string method)
    {
        var intervals = new ConfidenceInterval[levels.Levels.Count];
        var suppressed = total < 10;
        for (var i = 0; i < intervals.Length; i++)
        {
            var level = levels.Levels[i];
            if (suppressed)
            {
                intervals[i] = new ConfidenceInterval(level, null, null);
                continue;
            }

            var scale = Math.Sqrt(variance / total) * multiplier;
            var lower = (dsr * multiplier) + (scale * (PoissonLimits.ByarsLower(total, level) - total));
            var upper = (dsr * multiplier) + (scale * (PoissonLimits.ByarsUpper(total, level) - total));
            intervals[i] = ConfidenceInterval.Of(level, lower, upper);
        }

        var statistic = suppressed ? "dsr NA for total count < 10" : "dsr per " + Format.Number(multiplier);
        var value = suppressed ? (double?)null : dsr * multiplier;
        return new StandardisedRateResult(total, population, new Estimate(value, intervals, statistic, method),
            Math.Sqrt(variance) * multiplier);
    }

    private static void ValidateBand(double count, double population, double standard)
    {
        if (count < 0)
        {
            throw new StatisticsException($"numerators must all be greater than or equal to zero (got {Format.Number(count)})");
        }

        if (!(population > 0))
        {
            throw new StatisticsException($"denominators must all be greater than zero (got {Format.Number(population)})");
        }

        if (!(standard >= 0))
        {
            throw new StatisticsException($"stdpop must all be greater than or equal to zero (got {Format.Number(standard)})");
        }
    }
}
