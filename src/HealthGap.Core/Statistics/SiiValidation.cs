namespace HealthGap.Core.Statistics;

/// <summary>The package's SII input checks and the preparation of one area for fitting.</summary>
internal static class SiiValidation
{
    /// <summary>The package hard-codes this z when deriving SEs from 95 % limits; we keep it.</summary>
    public const double Z95 = 1.959964;

    /// <summary>The standard error behind symmetric 95 % limits (on whatever scale the limits are on).</summary>
    public static double StandardErrorFrom95(double lower, double upper) => (upper - lower) / (2 * Z95);

    /// <summary>
    /// Each group prepared when it has exactly <paramref name="labels"/> as its quantiles (rows with a missing
    /// population left out), else null with the package's "records removed" warning added once.
    /// </summary>
    public static SiiGroup?[] PrepareAll(IReadOnlyList<IReadOnlyList<SiiQuantile>> groups, double[] labels, SiiOptions options, List<string> warnings)
    {
        var prepared = new SiiGroup?[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            var rows = groups[i].Where(q => !double.IsNaN(q.Population)).OrderBy(q => q.Quantile).ToArray();
            if (!rows.Select(r => r.Quantile).SequenceEqual(labels))
            {
                if (!warnings.Contains(SlopeIndexOfInequality.DroppedWarning))
                {
                    warnings.Add(SlopeIndexOfInequality.DroppedWarning);
                }

                continue;
            }

            prepared[i] = Prepare(rows, options);
        }

        return prepared;
    }

    /// <summary>Group <paramref name="index"/>'s random stream: seeded from the seed and the index, so results do not depend on thread timing.</summary>
    public static FastRandom RandomFor(int seed, int index) => new(((ulong)(uint)seed << 32) ^ (ulong)index);

    public static void ValidateOptions(SiiOptions options)
    {
        if (!Enum.IsDefined(options.ValueType))
        {
            throw new StatisticsException("value_type should be 0, 1 or 2");
        }

        if (options.Repetitions < 1000)
        {
            throw new StatisticsException($"number of repetitions must be 1000 or greater. Default is 100,000 (got {options.Repetitions})");
        }

        if (options.Transform && options.ValueType == SiiValueType.Other)
        {
            throw new StatisticsException("value_type should be 1 or 2 when transform is true");
        }
    }

    public static SiiGroup Prepare(SiiQuantile[] rows, SiiOptions options)
    {
        var count = rows.Length;
        var total = 0.0;
        foreach (var row in rows)
        {
            if (!(row.Population > 0))
            {
                throw new StatisticsException($"some groups have a zero, negative or missing population (quantile {Format.Number(row.Quantile)}: {Format.Number(row.Population)})");
            }

            total += row.Population;
        }

        var share = new double[count];
        var midpoint = new double[count];
        var value = new double[count];
        var mean = new double[count];
        var se = new double[count];
        var cumulative = 0.0;
        for (var j = 0; j < count; j++)
        {
            var row = rows[j];
            share[j] = row.Population / total;
            midpoint[j] = cumulative + (share[j] / 2);
            cumulative += share[j];
            value[j] = ValueOf(row, options.ValueType);
            mean[j] = SiiTransform.Forward(options.ValueType, value[j]);
            se[j] = StandardErrorOf(row, options);
        }

        return new SiiGroup(share, midpoint, value, mean, se);
    }

    private static double ValueOf(SiiQuantile row, SiiValueType type)
    {
        double value;
        if (row.Value is { } v)
        {
            value = v;
        }
        else if (type == SiiValueType.Proportion && row.Count is { } x)
        {
            if (x <= 0)
            {
                throw new StatisticsException($"some groups have a zero or negative count x (quantile {Format.Number(row.Quantile)})");
            }

            value = x / row.Population;
        }
        else
        {
            throw new StatisticsException("function phe_sii requires value field, or x field if indicator is a proportion of population");
        }

        if (type == SiiValueType.Proportion && (value < 0 || value > 1))
        {
            throw new StatisticsException($"value proportions are not all between 0 and 1 (quantile {Format.Number(row.Quantile)}: {Format.Number(value)})");
        }

        return value;
    }

    private static double StandardErrorOf(SiiQuantile row, SiiOptions options)
    {
        if (row.StandardError is { } se)
        {
            if (options.Transform)
            {
                throw new StatisticsException("function phe_sii requires se to be missing when transform is true");
            }

            if (!(se >= 0))
            {
                throw new StatisticsException($"negative or missing standard errors in input dataset (quantile {Format.Number(row.Quantile)}: {Format.Number(se)})");
            }

            return se;
        }

        if (row.LowerCl is not { } lower || row.UpperCl is not { } upper || double.IsNaN(lower) || double.IsNaN(upper))
        {
            throw new StatisticsException(options.Transform
                ? "function phe_sii requires lower_cl and upper_cl fields when transform is true"
                : $"missing lower or upper confidence limits in input dataset (quantile {Format.Number(row.Quantile)}); give either lower_cl and upper_cl, or se");
        }

        if (options.ValueType == SiiValueType.Proportion && (lower < 0 || lower > 1 || upper < 0 || upper > 1))
        {
            throw new StatisticsException($"confidence limit proportions are not all between 0 and 1 (quantile {Format.Number(row.Quantile)})");
        }

        return StandardErrorFrom95(SiiTransform.Forward(options.ValueType, lower), SiiTransform.Forward(options.ValueType, upper));
    }
}
