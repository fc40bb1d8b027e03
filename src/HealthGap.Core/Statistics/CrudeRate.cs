using System.Globalization;

namespace HealthGap.Core.Statistics;

/// <summary>
/// A crude rate O/n × multiplier (<c>phe_rate</c>) with exact Poisson limits below 10 events and
/// Byar's limits from 10.
/// </summary>
public static class CrudeRate
{
    /// <summary>
    /// The rate and its limits. A null count gives null outputs and a null method; a null
    /// population gives null outputs with the method the count implies. O &gt; n is allowed.
    /// </summary>
    /// <param name="count">Observed events O (≥ 0).</param>
    /// <param name="population">Population n (&gt; 0).</param>
    /// <param name="multiplier">Default 100,000.</param>
    /// <param name="confidence">One level, or 0.95 and 0.998.</param>
    /// <exception cref="StatisticsException">O &lt; 0, n ≤ 0 or bad confidence levels.</exception>
    public static Estimate Calculate(double? count, double? population, double multiplier = 100_000, ConfidenceLevels? confidence = null)
    {
        var levels = (confidence ?? ConfidenceLevels.Default).RequireOneOrStandardPair();
        var o = Na.FromNullable(count);
        var n = Na.FromNullable(population);
        Validate(o, n);
        var intervals = new ConfidenceInterval[levels.Levels.Count];
        string? method = double.IsNaN(o) ? null : o < 10 ? "Exact" : "Byars";
        for (var i = 0; i < intervals.Length; i++)
        {
            var level = levels.Levels[i];
            if (double.IsNaN(o) || double.IsNaN(n))
            {
                intervals[i] = new ConfidenceInterval(level, null, null);
                continue;
            }

            var (lower, upper, _) = PoissonLimits.ExactOrByars(o, level);
            intervals[i] = ConfidenceInterval.Of(level, lower / n * multiplier, upper / n * multiplier);
        }

        return new Estimate(Na.ToNullable(o / n * multiplier), intervals, StatisticFor(multiplier), method);
    }

    /// <summary>The package's statistic text, "rate per {m}".</summary>
    public static string StatisticFor(double multiplier) => Format.Label("rate per ", multiplier);

    internal static void Validate(double o, double n)
    {
        if (o < 0)
        {
            throw new StatisticsException(
                string.Create(CultureInfo.InvariantCulture, $"numerators must be greater than or equal to zero (got {o})"));
        }

        if (n <= 0)
        {
            throw new StatisticsException(
                string.Create(CultureInfo.InvariantCulture, $"denominators must be greater than zero (got {n})"));
        }
    }
}
