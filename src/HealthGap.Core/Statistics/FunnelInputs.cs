namespace HealthGap.Core.Statistics;

/// <summary>The package's funnel input checks and derived denominators.</summary>
internal static class FunnelInputs
{
    public static double[] ProportionDenominators(IReadOnlyList<FunnelRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var result = new double[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (double.IsNaN(r.Numerator) || r.Denominator is not { } n || double.IsNaN(n))
            {
                throw new StatisticsException($"for proportions, numerators and denominators must be provided for all records, even when their values are zero (record {i + 1})");
            }

            Proportion.Validate(r.Numerator, n);
            result[i] = n;
        }

        return result;
    }

    /// <summary>DSR: m·O/rate, NaN when O = 0. Crude: m·O/rate, or the supplied denominator when O = 0.</summary>
    public static double[] RateDenominators(IReadOnlyList<FunnelRecord> records, FunnelRateType rateType, double multiplier)
    {
        ArgumentNullException.ThrowIfNull(records);
        var result = new double[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (double.IsNaN(r.Numerator))
            {
                throw new StatisticsException($"for rates, numerators must be provided for all records, even when their values are zero (record {i + 1})");
            }

            if (r.Numerator < 0)
            {
                throw new StatisticsException($"numerators must be greater than or equal to zero (record {i + 1})");
            }

            if (r.Numerator == 0)
            {
                if (rateType == FunnelRateType.Dsr)
                {
                    result[i] = double.NaN;
                    continue;
                }

                if (r.Denominator is not { } d || !(d > 0))
                {
                    throw new StatisticsException($"for rates, where there are 0 events for a record, the denominator must be provided (record {i + 1})");
                }

                result[i] = d;
                continue;
            }

            if (r.Rate is not { } rate || double.IsNaN(rate))
            {
                throw new StatisticsException($"for rates, rates must be provided for all records, or a denominator must be provided if the rate is zero (record {i + 1})");
            }

            result[i] = multiplier * r.Numerator / rate;
        }

        return result;
    }
}
