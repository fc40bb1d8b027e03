namespace HealthGap.Core.Statistics;

/// <summary>The kind of rate on a rate funnel (the package's <c>rate_type</c>).</summary>
public enum FunnelRateType
{
    /// <summary>Directly standardised rates: denominators are derived from O and the rate; fewer than 10 events are not assessed.</summary>
    Dsr,

    /// <summary>Crude rates: a record with no events must supply its denominator.</summary>
    Crude,
}
