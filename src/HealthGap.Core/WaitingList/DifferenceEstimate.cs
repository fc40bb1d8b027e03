namespace HealthGap.Core.WaitingList;

/// <summary>A difference in weeks with confidence limits.</summary>
/// <param name="Weeks">The difference, or null when either side has no pathways.</param>
/// <param name="Lower">Lower limit, or null when not available.</param>
/// <param name="Upper">Upper limit, or null when not available.</param>
public sealed record DifferenceEstimate(double? Weeks, double? Lower, double? Upper)
{
    /// <summary>True when the interval excludes 0.</summary>
    public bool IsSignificant => Lower > 0 || Upper < 0;
}
