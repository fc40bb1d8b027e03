namespace HealthGap.Core.Statistics;

/// <summary>A mean with Student-t confidence limits (<c>phe_mean</c>).</summary>
public static class Mean
{
    /// <summary>
    /// Mean of one group's values: value ± |t_{(1−c)/2, n−1}| · SD/√n. Like the package there is no
    /// removal of missing values: any null makes every output null.
    /// </summary>
    /// <exception cref="StatisticsException">Bad confidence levels.</exception>
    public static MeanEstimate Calculate(IReadOnlyList<double?> values, ConfidenceLevels? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var levels = (confidence ?? ConfidenceLevels.Default).RequireOneOrStandardPair();
        var count = values.Count;
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Na.FromNullable(v);
        }

        var mean = sum / count;
        var squares = 0.0;
        foreach (var v in values)
        {
            var d = Na.FromNullable(v) - mean;
            squares += d * d;
        }

        var sd = count > 1 ? Math.Sqrt(squares / (count - 1)) : double.NaN;
        var intervals = new ConfidenceInterval[levels.Levels.Count];
        for (var i = 0; i < intervals.Length; i++)
        {
            var level = levels.Levels[i];
            var half = count > 1
                ? Math.Abs(Distributions.StudentTQuantile((1 - level) / 2, count - 1)) * sd / Math.Sqrt(count)
                : double.NaN;
            intervals[i] = ConfidenceInterval.Of(level, mean - half, mean + half);
        }

        var estimate = new Estimate(Na.ToNullable(mean), intervals, "mean", "Student's t-distribution");
        return new MeanEstimate(Na.ToNullable(sum), count, Na.ToNullable(sd), estimate);
    }
}
