namespace HealthGap.Core.WaitingList;

/// <summary>
/// A ratio of typical waits (geometric means of 1 + days) against the reference group, with limits.
/// 1.25 means "waits about 25% longer".
/// </summary>
/// <param name="Ratio">exp(β), or null when not estimable.</param>
/// <param name="Lower">exp(β − z·se).</param>
/// <param name="Upper">exp(β + z·se).</param>
public sealed record RatioEstimate(double? Ratio, double? Lower, double? Upper)
{
    /// <summary>Not estimable (no pathways, or no shared specialty with the reference group).</summary>
    public static RatioEstimate None { get; } = new(null, null, null);

    /// <summary>True when the interval excludes 1: the group's waits differ from the reference's.</summary>
    public bool IsSignificant => Lower > 1 || Upper < 1;
}
