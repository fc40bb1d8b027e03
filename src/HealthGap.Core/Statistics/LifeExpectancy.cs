namespace HealthGap.Core.Statistics;

/// <summary>
/// Period life expectancy from an abridged life table (<c>phe_life_expectancy</c>): Chiang's
/// method II with Silcocks et al. (2001) variance for the open 90+ band, 20 bands
/// (0, 1–4, 5–9, … 85–89, 90+), and the package's suppression rules.
/// </summary>
public static class LifeExpectancy
{
    /// <summary>The 20 band start ages the method requires.</summary>
    public static IReadOnlyList<int> StartAges { get; } = [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];

    internal const string NegativeDeaths = "some age bands have negative deaths; outputs have been suppressed to NAs";
    internal const string NonPositivePopulation = "some age bands have a zero or less population; outputs have been suppressed to NAs";
    internal const string WrongBandCount = "some groups contain a different number of age bands than 20; life expectancy cannot be calculated for these. These groups will contain NAs.";
    internal const string DeathsOverPopulation = "some age bands have more deaths than population; outputs have been suppressed to NAs";
    internal const string SmallPopulation = "some groups have a total population of less than 5,000; outputs have been suppressed to NAs";
    internal const string WideInterval = "some life expectancy values have a 95% confidence interval > 20 years; these values have been suppressed to NAs";

    /// <summary>Life expectancy at each band start for one group.</summary>
    /// <param name="bands">The group's bands in any order (sorted by start age here).</param>
    /// <param name="confidence">Any number of levels; default 95 %.</param>
    /// <exception cref="StatisticsException">Bad confidence levels.</exception>
    public static LifeExpectancyResult Calculate(IReadOnlyList<LifeTableBand> bands, ConfidenceLevels? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var levels = confidence ?? ConfidenceLevels.Default;
        var sorted = bands.OrderBy(b => b.StartAge).ToArray();
        var problem = SuppressionReason(sorted);
        if (problem is not null)
        {
            var empty = sorted.Select(b => new LifeExpectancyAtAge(b.StartAge, null,
                levels.Levels.Select(l => new ConfidenceInterval(l, null, null)).ToArray(), null, null)).ToArray();
            return new LifeExpectancyResult(empty, [problem]);
        }

        var table = LifeTable.Build(sorted);
        var warnings = new List<string>();
        var ages = new LifeExpectancyAtAge[sorted.Length];
        double popsUsed = 0, deathsUsed = 0;
        for (var i = sorted.Length - 1; i >= 0; i--)
        {
            popsUsed += sorted[i].Population;
            deathsUsed += sorted[i].Deaths;
            var e = table.Expectancy[i];
            var se = table.StandardError[i];
            var intervals = new ConfidenceInterval[levels.Levels.Count];
            for (var k = 0; k < intervals.Length; k++)
            {
                var z = Distributions.TwoSidedZ(levels.Levels[k]);
                intervals[k] = ConfidenceInterval.Of(levels.Levels[k], e - (z * se), e + (z * se));
            }

            // The package suppresses on the 95 % width whatever level was asked for, and keeps the limits.
            double? value = double.IsInfinity(e) ? null : Na.ToNullable(e);
            if (1.96 * se > 10)
            {
                value = null;
                if (warnings.Count == 0)
                {
                    warnings.Add(WideInterval);
                }
            }

            ages[i] = new LifeExpectancyAtAge(sorted[i].StartAge, value, intervals, popsUsed, deathsUsed);
        }

        return new LifeExpectancyResult(ages, warnings);
    }

    private static string? SuppressionReason(LifeTableBand[] bands)
    {
        if (bands.Any(b => b.Deaths < 0))
        {
            return NegativeDeaths;
        }

        if (bands.Any(b => !(b.Population > 0)))
        {
            return NonPositivePopulation;
        }

        if (bands.Length != StartAges.Count || !bands.Select(b => b.StartAge).SequenceEqual(StartAges))
        {
            return WrongBandCount;
        }

        if (bands.Any(b => b.Deaths > b.Population))
        {
            return DeathsOverPopulation;
        }

        // The package's text says "less than 5,000" but its test is ≤ 5000; we keep the test.
        return bands.Sum(b => b.Population) <= 5000 ? SmallPopulation : null;
    }
}
