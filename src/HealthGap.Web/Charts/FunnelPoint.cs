namespace HealthGap.Web.Charts;

/// <summary>An area on a funnel plot: its value, its denominator (the x axis) and where it falls.</summary>
/// <param name="Label">Area name.</param>
/// <param name="Value">The area's value.</param>
/// <param name="Denominator">Its population or count at risk.</param>
/// <param name="Position">Where it falls against the control limits.</param>
internal sealed record FunnelPoint(string Label, double Value, double Denominator, FunnelPosition Position);

/// <summary>Where a point lies against the funnel's control limits.</summary>
internal enum FunnelPosition
{
    /// <summary>Within the 95% limits: no evidence it differs from the ICS.</summary>
    Within,

    /// <summary>Between the 95% and 99.8% limits, above.</summary>
    Above95,

    /// <summary>Beyond the 99.8% limit, above.</summary>
    Above998,

    /// <summary>Between the 95% and 99.8% limits, below.</summary>
    Below95,

    /// <summary>Beyond the 99.8% limit, below.</summary>
    Below998,
}
