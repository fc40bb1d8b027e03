namespace HealthGap.Core.Statistics;

/// <summary>
/// Assigns small areas to quantiles (<c>phe_quantile</c>, the PHE "assigning deprivation
/// categories" method) within one group: rank with ties to the minimum rank, then
/// ⌊(Q+1) − ⌈((N+1) − rank)/(N/Q)⌉⌋, with 0 becoming 1.
/// </summary>
public static class Quantiles
{
    internal const string TooFewWarning = "One or more groups had too few small areas with values to allow quantiles to be assigned";

    /// <summary>Quantile for each value of one group, in input order; null for a missing value.</summary>
    /// <param name="values">The group's values; nulls are not ranked.</param>
    /// <param name="quantileCount">Number of quantiles Q (default 10, deciles).</param>
    /// <param name="invert">True (default): the highest value gets quantile 1. False: the lowest does.</param>
    /// <returns>The quantiles; every entry null when the group has fewer non-missing values than Q (the package warns).</returns>
    /// <exception cref="StatisticsException">Q is less than 1.</exception>
    public static int?[] Assign(IReadOnlyList<double?> values, int quantileCount = 10, bool invert = true)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (quantileCount < 1)
        {
            throw new StatisticsException($"nquantiles must be a positive whole number (got {quantileCount})");
        }

        var result = new int?[values.Count];
        var present = new List<(double Key, int Index)>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v && !double.IsNaN(v))
            {
                present.Add((invert ? -v : v, i));
            }
        }

        var n = present.Count;
        if (n < quantileCount)
        {
            return result;
        }

        present.Sort((x, y) => x.Key.CompareTo(y.Key));
        var rank = 0;
        for (var p = 0; p < n; p++)
        {
            if (p == 0 || present[p].Key != present[p - 1].Key)
            {
                rank = p + 1;
            }

            var q = (int)Math.Floor(quantileCount + 1 - Math.Ceiling((n + 1 - rank) / ((double)n / quantileCount)));
            result[present[p].Index] = q == 0 ? 1 : q;
        }

        return result;
    }

    /// <summary>True when <see cref="Assign"/> would leave the group without quantiles.</summary>
    public static bool HasTooFewValues(IReadOnlyList<double?> values, int quantileCount = 10) =>
        values.Count(v => v is { } x && !double.IsNaN(x)) < quantileCount;
}
