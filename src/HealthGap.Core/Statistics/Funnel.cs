namespace HealthGap.Core.Statistics;

/// <summary>
/// Funnel-plot control limits (<c>calculate_funnel_limits</c>, <c>calculate_funnel_points</c>) from
/// the Fingertips technical guidance: 100 points over a rounded axis, Wilson limits for
/// proportions, exact Poisson limits for ratios and rates. Labelling records is <see cref="FunnelSignificance"/>.
/// </summary>
public static class Funnel
{
    private static readonly (double Lower, double Upper)[] Tails = [(0.025, 0.975), (0.001, 0.999)];

    /// <summary>Proportion limits around Σx/Σn, × <paramref name="multiplier"/> (upper limit capped at 100 as the package does).</summary>
    public static FunnelLimits ProportionLimits(IReadOnlyList<FunnelRecord> records, double multiplier = 100)
    {
        var denominators = FunnelInputs.ProportionDenominators(records);
        var average = records.Sum(r => r.Numerator) / denominators.Sum();
        var (min, max) = FunnelAxis.Range(denominators.Min(), denominators.Max());
        var grid = FunnelAxis.Grid(min, max, ratio: false);
        var points = new FunnelPoint[grid.Length];
        for (var i = 0; i < grid.Length; i++)
        {
            var (l2, u2) = FunnelMath.ProportionLimits(average, grid[i], Tails[0].Upper);
            var (l3, u3) = FunnelMath.ProportionLimits(average, grid[i], Tails[1].Upper);
            points[i] = new FunnelPoint(i + 1, grid[i], Clamp(l2 * multiplier), Clamp(u2 * multiplier),
                Clamp(l3 * multiplier), Clamp(u3 * multiplier), average * multiplier);
        }

        return new FunnelLimits(points, "proportion", "Wilson");

        // Quirk kept: the package clamps to [0, 100] whatever the multiplier.
        static FunnelLimit Clamp(double limit) => new(Math.Min(Math.Max(limit, 0), 100), null);
    }

    /// <summary>Ratio (O/E) limits against 1, over an axis of observed events sized on the expected events (Denominator).</summary>
    public static FunnelLimits RatioLimits(IReadOnlyList<FunnelRecord> records, FunnelRatioType ratioType = FunnelRatioType.Count, double multiplier = 100)
    {
        ArgumentNullException.ThrowIfNull(records);
        // The package sizes the ratio axis on the expected events, not the observed.
        var expected = records.Select(r => r.Denominator ?? double.NaN).Where(e => !double.IsNaN(e)).ToArray();
        var (min, max) = FunnelAxis.Range(expected.Min(), expected.Max());
        var grid = FunnelAxis.Grid(min, max, ratio: true);
        var points = new FunnelPoint[grid.Length];
        for (var i = 0; i < grid.Length; i++)
        {
            var o = grid[i];
            FunnelLimit Limit(double e) => new(ratioType == FunnelRatioType.Count ? (o / e) - 1 : o / e * multiplier, e);
            points[i] = new FunnelPoint(i + 1, o,
                Limit(FunnelMath.ExpectedForLower(o, Tails[0].Lower)), Limit(FunnelMath.ExpectedForUpper(o, Tails[0].Lower)),
                Limit(FunnelMath.ExpectedForLower(o, Tails[1].Lower)), Limit(FunnelMath.ExpectedForUpper(o, Tails[1].Lower)), null);
        }

        return new FunnelLimits(points, "ratio", "Poisson");
    }

    /// <summary>Rate limits around the weighted average rate, over an axis of events.</summary>
    /// <param name="records">Numerator, rate and (for zero-event crude rows) denominator.</param>
    /// <param name="rateType">DSR or crude.</param>
    /// <param name="multiplier">The rates' multiplier, e.g. 100,000.</param>
    /// <param name="yearsOfData">Years the counts cover; the axis uses one-year populations.</param>
    public static FunnelLimits RateLimits(IReadOnlyList<FunnelRecord> records, FunnelRateType rateType, double multiplier, double yearsOfData)
    {
        var derived = FunnelInputs.RateDenominators(records, rateType, multiplier);
        var usable = Enumerable.Range(0, records.Count).Where(i => !double.IsNaN(derived[i])).ToArray();
        var average = usable.Sum(i => records[i].Numerator) / usable.Sum(i => derived[i]);
        var perYear = usable.Select(i => derived[i] / yearsOfData).ToArray();
        var (minPop, maxPop) = FunnelAxis.Range(perYear.Min(), perYear.Max());
        var minEvents = Math.Floor(minPop * yearsOfData * average);
        var maxEvents = Math.Ceiling(maxPop * yearsOfData * average);
        var grid = FunnelAxis.Grid(minEvents, maxEvents, ratio: false);
        var points = new FunnelPoint[grid.Length];
        for (var i = 0; i < grid.Length; i++)
        {
            var o = grid[i];
            FunnelLimit Limit(double e)
            {
                var population = e / average;
                return new FunnelLimit(o / population * multiplier, population / yearsOfData);
            }

            points[i] = new FunnelPoint(i + 1, o,
                Limit(FunnelMath.ExpectedForLower(o, Tails[0].Lower)), Limit(FunnelMath.ExpectedForUpper(o, Tails[0].Lower)),
                Limit(FunnelMath.ExpectedForLower(o, Tails[1].Lower)), Limit(FunnelMath.ExpectedForUpper(o, Tails[1].Lower)),
                average * multiplier);
        }

        var statistic = $"rate ({(rateType == FunnelRateType.Dsr ? "dsr" : "crude")} per {multiplier.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture)})";
        return new FunnelLimits(points, statistic, "Poisson");
    }

    /// <summary>The rate and one-year denominator to plot for each record (<c>calculate_funnel_points</c>).</summary>
    public static FunnelChartPoint[] ChartPoints(IReadOnlyList<FunnelRecord> records, FunnelRateType rateType, double multiplier, double yearsOfData)
    {
        var derived = FunnelInputs.RateDenominators(records, rateType, multiplier);
        var points = new FunnelChartPoint[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var hidden = rateType == FunnelRateType.Dsr && records[i].Numerator < 10;
            points[i] = hidden
                ? new FunnelChartPoint(null, null)
                : new FunnelChartPoint(records[i].Rate, Na.ToNullable(derived[i] / yearsOfData));
        }

        return points;
    }
}
