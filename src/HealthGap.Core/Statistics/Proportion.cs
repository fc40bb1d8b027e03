using System.Globalization;

namespace HealthGap.Core.Statistics;

/// <summary>
/// A proportion with Wilson score confidence limits (<c>phe_proportion</c>). Owns the value,
/// limits and metadata for one numerator/denominator pair; summing groups is the caller's job.
/// </summary>
public static class Proportion
{
    /// <summary>
    /// x/n × multiplier with Wilson limits. A null numerator or denominator gives a null value and
    /// null limits (the package's NA rows), not an error.
    /// </summary>
    /// <param name="numerator">Successes x (≥ 0, ≤ n; need not be an integer).</param>
    /// <param name="denominator">Sample size n (&gt; 0).</param>
    /// <param name="multiplier">1 (default) for a proportion, 100 for a percentage.</param>
    /// <param name="confidence">Levels; default 95 %; <see cref="ConfidenceLevels.None"/> for no limits.</param>
    /// <exception cref="StatisticsException">x &lt; 0, n ≤ 0, x &gt; n, or bad confidence levels.</exception>
    public static Estimate Wilson(double? numerator, double? denominator, double multiplier = 1, ConfidenceLevels? confidence = null)
    {
        var levels = (confidence ?? ConfidenceLevels.Default).RequireOneOrStandardPair();
        var x = Na.FromNullable(numerator);
        var n = Na.FromNullable(denominator);
        Validate(x, n);
        var statistic = StatisticFor(multiplier);
        var intervals = new ConfidenceInterval[levels.Levels.Count];
        var missing = double.IsNaN(x) || double.IsNaN(n);
        for (var i = 0; i < intervals.Length; i++)
        {
            var level = levels.Levels[i];
            if (missing)
            {
                intervals[i] = new ConfidenceInterval(level, null, null);
                continue;
            }

            var (lower, upper) = WilsonLimits.Of(x, n, level);
            intervals[i] = ConfidenceInterval.Of(level, lower * multiplier, upper * multiplier);
        }

        return new Estimate(Na.ToNullable(x / n * multiplier), intervals, statistic, "Wilson");
    }

    /// <summary>The package's statistic text: "percentage" for ×100, otherwise "proportion of {m}".</summary>
    public static string StatisticFor(double multiplier) =>
        multiplier == 100 ? "percentage" : Format.Label("proportion of ", multiplier);

    internal static void Validate(double x, double n)
    {
        if (x < 0)
        {
            throw new StatisticsException(
                string.Create(CultureInfo.InvariantCulture, $"numerators must be greater than or equal to zero (got {x})"));
        }

        if (n <= 0)
        {
            throw new StatisticsException(
                string.Create(CultureInfo.InvariantCulture, $"denominators must be greater than zero (got {n})"));
        }

        if (x > n)
        {
            throw new StatisticsException(
                string.Create(CultureInfo.InvariantCulture,
                    $"numerators must be less than or equal to denominator for a proportion statistic (got {x} out of {n})"));
        }
    }
}
