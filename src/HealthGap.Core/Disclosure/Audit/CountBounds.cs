namespace HealthGap.Core.Disclosure.Audit;

/// <summary>
/// What an outsider knows of a published count: a rounded count R ≥ the threshold lies within half
/// the rounding step of R (and is at least the threshold), a published 0 is 0, a hidden count is any
/// number from 0 up. Where the value is the count over the denominator (proportions, crude rates)
/// and was computed from the true counts, the pairs of counts that give exactly the published value
/// narrow both intervals, usually to one number each.
/// </summary>
internal static class CountBounds
{
    /// <summary>No upper bound.</summary>
    public const long Unbounded = long.MaxValue / 4;

    /// <summary>The interval of the true count behind one published (or hidden) count.</summary>
    public static (long Low, long High) Of(long? published, int smallestPublished, int roundTo)
    {
        if (published is not { } r)
        {
            return (0, Unbounded);
        }

        if (r == 0)
        {
            return (0, 0);
        }

        // Halves round away from zero: to 5, 8..12 give 10; to 10, 5..14 give 10.
        var below = roundTo / 2;
        var above = (roundTo - 1) / 2;
        return (Math.Max(smallestPublished, r - below), r + above);
    }

    /// <summary>Both counts' intervals narrowed by the published value, when the measure is a plain ratio.</summary>
    public static ((long Low, long High) Numerator, (long Low, long High) Denominator) Refine(
        (long Low, long High) numerator, (long Low, long High) denominator, double? value, string measure, double multiplier)
    {
        if (value is not { } v || (measure != "proportion" && measure != "crude_rate")
            || numerator.High - numerator.Low > 50 || denominator.High - denominator.Low > 50 || denominator.High >= Unbounded)
        {
            return (numerator, denominator);
        }

        long nLow = long.MaxValue, nHigh = long.MinValue, dLow = long.MaxValue, dHigh = long.MinValue;
        for (var d = Math.Max(1, denominator.Low); d <= denominator.High; d++)
        {
            for (var n = numerator.Low; n <= numerator.High; n++)
            {
                var candidate = n / (double)d * multiplier;
                if (Math.Abs(candidate - v) <= 1e-9 * Math.Max(Math.Abs(v), 1e-12))
                {
                    (nLow, nHigh, dLow, dHigh) = (Math.Min(nLow, n), Math.Max(nHigh, n), Math.Min(dLow, d), Math.Max(dHigh, d));
                }
            }
        }

        return nLow > nHigh ? (numerator, denominator) : ((nLow, nHigh), (dLow, dHigh));
    }
}
