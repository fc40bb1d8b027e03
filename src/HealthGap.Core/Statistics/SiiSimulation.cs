using System.Buffers;

namespace HealthGap.Core.Statistics;

/// <summary>The SII fit and its Monte Carlo limits for one prepared area.</summary>
internal static class SiiSimulation
{
    public static SiiResult Run(SiiGroup group, SiiOptions options, FastRandom random)
    {
        var type = options.ValueType;
        var m = options.Multiplier;
        var count = group.Share.Length;
        var a = group.Share;

        // Weighted least squares on rank midpoints reduces to two dot products: β1 = Σcⱼyⱼ and
        // β0 = Σaⱼyⱼ − β1·b̄, so each repetition costs 2 multiply-adds per quantile.
        var bBar = 0.0;
        for (var j = 0; j < count; j++)
        {
            bBar += a[j] * group.Midpoint[j];
        }

        var sbb = 0.0;
        for (var j = 0; j < count; j++)
        {
            sbb += a[j] * (group.Midpoint[j] - bBar) * (group.Midpoint[j] - bBar);
        }

        var c = new double[count];
        for (var j = 0; j < count; j++)
        {
            c[j] = a[j] * (group.Midpoint[j] - bBar) / sbb;
        }

        var y = new double[count];
        for (var j = 0; j < count; j++)
        {
            y[j] = options.Transform ? group.DrawMean[j] : group.Value[j];
        }

        var (b0, b1) = Fit(a, c, bBar, y);
        var reps = options.Repetitions;
        // 100,000-value arrays would land on the large-object heap for every area; rent them instead.
        var slopeBuffer = ArrayPool<double>.Shared.Rent(reps);
        var riiBuffer = ArrayPool<double>.Shared.Rent(options.Transform ? 1 : reps);
        try
        {
            return Simulate(group, options, random, a, c, bBar, b0, b1, slopeBuffer.AsSpan(0, reps), riiBuffer.AsSpan(0, options.Transform ? 0 : reps));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(slopeBuffer);
            ArrayPool<double>.Shared.Return(riiBuffer);
        }
    }

    private static SiiResult Simulate(SiiGroup group, SiiOptions options, FastRandom random, double[] a, double[] c, double bBar,
        double b0, double b1, Span<double> slopes, Span<double> riis)
    {
        var type = options.ValueType;
        var m = options.Multiplier;
        var count = a.Length;
        var reps = slopes.Length;

        // Draws are back-transformed unless the fit itself is on the transformed scale.
        var back = options.Transform ? SiiValueType.Other : type;
        var mean = group.DrawMean;
        var se = group.DrawSe;
        var draws = new double[count];
        for (var r = 0; r < reps; r++)
        {
            for (var j = 0; j < count; j++)
            {
                draws[j] = mean[j] + (se[j] * random.NextStandardNormal());
            }

            if (back == SiiValueType.Rate)
            {
                for (var j = 0; j < count; j++)
                {
                    draws[j] = Math.Exp(draws[j]);
                }
            }
            else if (back == SiiValueType.Proportion)
            {
                for (var j = 0; j < count; j++)
                {
                    draws[j] = 1 / (1 + Math.Exp(-draws[j]));
                }
            }

            var (intercept, slope) = Fit(a, c, bBar, draws);
            if (options.Transform)
            {
                slopes[r] = slope;
            }
            else
            {
                slopes[r] = slope * m;
                var rii = (intercept + slope) / intercept;
                riis[r] = m < 0 ? 1 / rii : rii;
            }
        }

        var levels = (options.Confidence ?? ConfidenceLevels.Default).Levels;
        return options.Transform
            ? Transformed(type, m, b0, b1, slopes, levels)
            : Untransformed(m, b0, b1, slopes, riis, levels);
    }

    private static (double B0, double B1) Fit(double[] a, double[] c, double bBar, double[] y)
    {
        double sumA = 0, sumC = 0;
        for (var j = 0; j < y.Length; j++)
        {
            sumA += a[j] * y[j];
            sumC += c[j] * y[j];
        }

        return (sumA - (sumC * bBar), sumC);
    }

    private static SiiResult Untransformed(double m, double b0, double b1, Span<double> slopes, Span<double> riis, IReadOnlyList<double> levels)
    {
        var rii = (b0 + b1) / b0;
        var siiIntervals = new ConfidenceInterval[levels.Count];
        var riiIntervals = new ConfidenceInterval[levels.Count];
        for (var k = 0; k < levels.Count; k++)
        {
            var (lowPos, highPos) = OrderStatistics.Positions(slopes.Length, levels[k]);
            siiIntervals[k] = ConfidenceInterval.Of(levels[k], OrderStatistics.Select(slopes, lowPos), OrderStatistics.Select(slopes, highPos));
            riiIntervals[k] = ConfidenceInterval.Of(levels[k], OrderStatistics.Select(riis, lowPos), OrderStatistics.Select(riis, highPos));
        }

        return new SiiResult(m * b1, siiIntervals, m < 0 ? 1 / rii : rii, riiIntervals, b0);
    }

    private static SiiResult Transformed(SiiValueType type, double m, double b0, double b1, Span<double> slopes, IReadOnlyList<double> levels)
    {
        double G(double x) => SiiTransform.Inverse(type, x);
        var top = G(b0 + b1);
        var bottom = G(b0);
        var rii = top / bottom;
        var mid = b0 + (b1 / 2);
        var siiIntervals = new ConfidenceInterval[levels.Count];
        var riiIntervals = new ConfidenceInterval[levels.Count];
        for (var k = 0; k < levels.Count; k++)
        {
            var (lowPos, highPos) = OrderStatistics.Positions(slopes.Length, levels[k]);
            var sLow = OrderStatistics.Select(slopes, lowPos);
            var sHigh = OrderStatistics.Select(slopes, highPos);
            var siiLow = m * (G(mid + (sLow / 2)) - G(mid - (sLow / 2)));
            var siiHigh = m * (G(mid + (sHigh / 2)) - G(mid - (sHigh / 2)));
            var riiLow = G(mid + (sLow / 2)) / G(mid - (sLow / 2));
            var riiHigh = G(mid + (sHigh / 2)) / G(mid - (sHigh / 2));

            // A negative multiplier reverses the direction: swap the limits and invert the RIIs.
            // (The package tests m < 1 for rates, which would also swap 0 < m < 1; we use m < 0.)
            siiIntervals[k] = m < 0
                ? ConfidenceInterval.Of(levels[k], siiHigh, siiLow)
                : ConfidenceInterval.Of(levels[k], siiLow, siiHigh);
            riiIntervals[k] = m < 0
                ? ConfidenceInterval.Of(levels[k], 1 / riiHigh, 1 / riiLow)
                : ConfidenceInterval.Of(levels[k], riiLow, riiHigh);
        }

        return new SiiResult(m * (top - bottom), siiIntervals, m < 0 ? 1 / rii : rii, riiIntervals, bottom * Math.Abs(m));
    }
}
