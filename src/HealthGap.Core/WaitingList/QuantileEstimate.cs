namespace HealthGap.Core.WaitingList;

/// <summary>A quantile of waits, in weeks, with its distribution-free confidence limits.</summary>
/// <param name="Weeks">The sample quantile (Hyndman–Fan type 7, as R's default), or null with no pathways.</param>
/// <param name="Lower">Lower confidence limit (an order statistic), or null when too few pathways to bound it.</param>
/// <param name="Upper">Upper confidence limit (an order statistic), or null when too few pathways to bound it.</param>
public sealed record QuantileEstimate(double? Weeks, double? Lower, double? Upper)
{
    /// <summary>Nothing to estimate.</summary>
    public static QuantileEstimate None { get; } = new(null, null, null);
}
