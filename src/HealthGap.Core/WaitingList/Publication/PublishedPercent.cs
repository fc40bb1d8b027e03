namespace HealthGap.Core.WaitingList.Publication;

/// <summary>A published count of long waits and its percentage of the group (Wilson limits); null parts are hidden.</summary>
/// <param name="Count">Rounded count, or null when hidden.</param>
/// <param name="Percent">Percentage of the group's pathways, or null when hidden.</param>
/// <param name="Lower">Lower Wilson limit (percent), or null.</param>
/// <param name="Upper">Upper Wilson limit (percent), or null.</param>
public sealed record PublishedPercent(long? Count, double? Percent, double? Lower, double? Upper);
