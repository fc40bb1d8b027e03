namespace HealthGap.Core.Statistics;

/// <summary>A rate for one group with its standard error, for comparing two groups.</summary>
/// <param name="Rate">The rate (already multiplied).</param>
/// <param name="StandardError">Its standard error on the same scale.</param>
internal sealed record GroupRate(double Rate, double StandardError)
{
    /// <summary>A crude rate O/n × m with the Poisson standard error √O/n × m.</summary>
    public static GroupRate FromCounts(double count, double population, double multiplier = 100_000) =>
        new(count / population * multiplier, Math.Sqrt(count) / population * multiplier);

    /// <summary>A proportion x/n × m with the binomial standard error √(p(1 − p)/n) × m (so a ratio's SE(ln) is √((1 − p)/x)).</summary>
    public static GroupRate FromProportion(double count, double population, double multiplier = 100)
    {
        var p = count / population;
        return new(p * multiplier, Math.Sqrt(p * (1 - p) / population) * multiplier);
    }

    /// <summary>A directly standardised rate with its Dobson variance-based standard error.</summary>
    public static GroupRate FromStandardised(StandardisedRateResult dsr)
    {
        ArgumentNullException.ThrowIfNull(dsr);
        var value = dsr.Estimate.Value ?? double.NaN;
        return new GroupRate(value, dsr.StandardError);
    }
}
