namespace HealthGap.Core.Statistics;

/// <summary>
/// Indirect standardisation (<c>calculate_ISRate</c>, <c>calculate_ISRatio</c>): observed over
/// expected events, with exact limits below 10 observed events and Byar's from 10. No suppression.
/// </summary>
public static class IndirectlyStandardised
{
    /// <summary>Indirectly standardised ratio (SMR): O/E × referenceValue (1, or 100 for the ×100 form).</summary>
    /// <param name="bands">The group's bands with their reference counts and populations.</param>
    /// <param name="referenceValue">Default 1.</param>
    /// <param name="confidence">One level, or 0.95 and 0.998.</param>
    /// <param name="observedTotal">Total observed events when they are known only in total (the package's <c>observed_totals</c>).</param>
    public static IndirectStandardisationResult Ratio(IReadOnlyList<IndirectBand> bands, double referenceValue = 1,
        ConfidenceLevels? confidence = null, double? observedTotal = null)
    {
        var (observed, expected, _) = Totals(bands, observedTotal);
        var estimate = Build(observed, expected, referenceValue, confidence,
            "indirectly standardised ratio x " + Format.Number(referenceValue));
        return new IndirectStandardisationResult(observed, expected, null, estimate);
    }

    /// <summary>Indirectly standardised rate: O/E × reference rate (Σx_ref/Σn_ref × m).</summary>
    /// <param name="bands">The group's bands with their reference counts and populations.</param>
    /// <param name="multiplier">Default 100,000.</param>
    /// <param name="confidence">One level, or 0.95 and 0.998.</param>
    /// <param name="observedTotal">Total observed events when they are known only in total.</param>
    public static IndirectStandardisationResult Rate(IReadOnlyList<IndirectBand> bands, double multiplier = 100_000,
        ConfidenceLevels? confidence = null, double? observedTotal = null)
    {
        var (observed, expected, referenceRate) = Totals(bands, observedTotal);
        referenceRate *= multiplier;
        var estimate = Build(observed, expected, referenceRate, confidence,
            "indirectly standardised rate per " + Format.Number(multiplier));
        return new IndirectStandardisationResult(observed, expected, referenceRate, estimate);
    }

    private static Estimate Build(double observed, double expected, double scale, ConfidenceLevels? confidence, string statistic)
    {
        var levels = (confidence ?? ConfidenceLevels.Default).RequireOneOrStandardPair();
        var intervals = new ConfidenceInterval[levels.Levels.Count];
        string method = observed < 10 ? "Exact" : "Byars";
        for (var i = 0; i < intervals.Length; i++)
        {
            var (lower, upper, _) = PoissonLimits.ExactOrByars(observed, levels.Levels[i]);
            intervals[i] = ConfidenceInterval.Of(levels.Levels[i], lower / expected * scale, upper / expected * scale);
        }

        return new Estimate(Na.ToNullable(observed / expected * scale), intervals, statistic, method);
    }

    private static (double Observed, double Expected, double ReferenceRate) Totals(IReadOnlyList<IndirectBand> bands, double? observedTotal)
    {
        ArgumentNullException.ThrowIfNull(bands);
        double observed = 0, expected = 0, refCount = 0, refPop = 0;
        foreach (var band in bands)
        {
            var x = band.Count ?? 0;
            var n = band.Population ?? 0;
            if (x < 0)
            {
                throw new StatisticsException($"numerators must all be greater than or equal to zero (got {Format.Number(x)})");
            }

            if (n < 0)
            {
                throw new StatisticsException($"denominators must all be greater than or equal to zero (got {Format.Number(n)})");
            }

            var xRef = band.ReferenceCount ?? 0;
            observed += x;
            expected += xRef / band.ReferencePopulation * n;
            refCount += xRef;
            refPop += band.ReferencePopulation;
        }

        if (observedTotal is { } total)
        {
            if (total < 0)
            {
                throw new StatisticsException($"numerators must all be greater than or equal to zero (got {Format.Number(total)})");
            }

            observed = total;
        }

        return (observed, expected, refCount / refPop);
    }
}
