using MathNet.Numerics.Distributions;

namespace HealthGap.Core.Statistics;

/// <summary>
/// The recent-trend test Fingertips runs for its trend markers, on the most recent five (or more)
/// equally spaced, non-overlapping periods. Proportions use the χ² test for trend in proportions
/// (Cochran–Armitage: a weighted regression of pᵢ on the period number with weights nᵢ / (p̄(1 − p̄)),
/// χ² = the regression sum of squares, as R's <c>prop.trend.test</c>). Every other type uses a
/// weighted least-squares slope with weights 1 / SEᵢ², the SE taken from each value's 95 % limits,
/// and χ² = β̂² Σ wᵢ (tᵢ − t̄)². Either way χ² is compared with χ²₁ at the chosen level.
/// </summary>
public static class RecentTrend
{
    /// <summary>Fewest periods the test is run on, as Fingertips requires.</summary>
    public const int MinimumPoints = 5;

    /// <summary>Tests a proportion's trend from counts, oldest period first.</summary>
    /// <param name="numerators">Events per period (0 ≤ x ≤ n).</param>
    /// <param name="denominators">People per period (&gt; 0).</param>
    /// <param name="level">Confidence level of the test, e.g. 0.95 or 0.998.</param>
    /// <exception cref="StatisticsException">Fewer than <see cref="MinimumPoints"/> periods, unequal lengths or invalid counts.</exception>
    public static TrendResult ForProportion(IReadOnlyList<double> numerators, IReadOnlyList<double> denominators, double level = 0.95)
    {
        Check(numerators.Count, denominators.Count, level);
        for (var i = 0; i < numerators.Count; i++)
        {
            if (!(denominators[i] > 0) || !(numerators[i] >= 0) || numerators[i] > denominators[i])
            {
                throw new StatisticsException($"period {i + 1}: a proportion needs 0 ≤ numerator ≤ denominator and a denominator above 0");
            }
        }

        var pooled = numerators.Sum() / denominators.Sum();
        if (pooled is 0 or 1)
        {
            // No variation at all: nothing changed.
            return new TrendResult(numerators.Count, 0, 0, 1, TrendDirection.NoSignificantChange);
        }

        var weights = denominators.Select(n => n / (pooled * (1 - pooled))).ToArray();
        var values = numerators.Select((x, i) => x / denominators[i]).ToArray();
        return Weighted(values, weights, level);
    }

    /// <summary>Tests any other value's trend from its values and 95 % limits, oldest period first.</summary>
    /// <exception cref="StatisticsException">Fewer than <see cref="MinimumPoints"/> periods, unequal lengths or limits that give no standard error.</exception>
    public static TrendResult ForValues(IReadOnlyList<double> values, IReadOnlyList<double> lowerLimits, IReadOnlyList<double> upperLimits, double level = 0.95)
    {
        Check(values.Count, lowerLimits.Count, level);
        Check(values.Count, upperLimits.Count, level);
        var weights = new double[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var se = SiiValidation.StandardErrorFrom95(lowerLimits[i], upperLimits[i]);
            if (!(se > 0) || !double.IsFinite(values[i]))
            {
                throw new StatisticsException($"period {i + 1}: the value needs finite 95 % limits with the upper above the lower");
            }

            weights[i] = 1 / (se * se);
        }

        return Weighted([.. values], weights, level);
    }

    /// <summary>
    /// Whether a value (such as an SII) changed between two periods: z = (b − a) / √(SEₐ² + SE_b²), the
    /// SEs from each value's 95 % limits; reported as a two-point trend with χ² = z².
    /// </summary>
    /// <exception cref="StatisticsException">Limits that give no standard error.</exception>
    public static TrendResult ChangeBetween((double Value, double Lower, double Upper) before, (double Value, double Lower, double Upper) after, double level = 0.95)
    {
        var seBefore = SiiValidation.StandardErrorFrom95(before.Lower, before.Upper);
        var seAfter = SiiValidation.StandardErrorFrom95(after.Lower, after.Upper);
        if (!(seBefore > 0) || !(seAfter > 0) || !double.IsFinite(before.Value) || !double.IsFinite(after.Value))
        {
            throw new StatisticsException("both values need finite 95 % limits with the upper above the lower");
        }

        var change = after.Value - before.Value;
        var chiSquared = change * change / ((seBefore * seBefore) + (seAfter * seAfter));
        var p = 1 - ChiSquared.CDF(1, chiSquared);
        return new TrendResult(2, change, chiSquared, p, Direction(change, p, level));
    }

    private static TrendDirection Direction(double slope, double p, double level) =>
        p >= 1 - level ? TrendDirection.NoSignificantChange : slope > 0 ? TrendDirection.Increasing : TrendDirection.Decreasing;

    private static void Check(int points, int other, double level)
    {
        if (points != other)
        {
            throw new StatisticsException($"every period needs both inputs ({points} against {other})");
        }

        if (points < MinimumPoints)
        {
            throw new StatisticsException($"a recent trend needs at least {MinimumPoints} periods (found {points})");
        }

        if (!(level is > 0 and < 1))
        {
            throw new StatisticsException($"the test level must be between 0 and 1 (got {level})");
        }
    }

    // Periods are numbered 1..k; β̂ is the change per period.
    private static TrendResult Weighted(double[] values, double[] weights, double level)
    {
        var sumW = weights.Sum();
        var tBar = weights.Select((w, i) => w * (i + 1)).Sum() / sumW;
        var yBar = weights.Select((w, i) => w * values[i]).Sum() / sumW;
        double sxx = 0, sxy = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var dt = i + 1 - tBar;
            sxx += weights[i] * dt * dt;
            sxy += weights[i] * dt * (values[i] - yBar);
        }

        var slope = sxy / sxx;
        var chiSquared = slope * slope * sxx;
        var p = 1 - ChiSquared.CDF(1, chiSquared);
        return new TrendResult(values.Length, slope, chiSquared, p, Direction(slope, p, level));
    }
}
