namespace HealthGap.Core.WaitingList.Publication;

/// <summary>
/// One group's waits after disclosure control. A hidden figure is null (write the gate's marker),
/// never 0; quantiles are shown only when the group's count is published.
/// </summary>
/// <param name="Breakdown">The breakdown's id.</param>
/// <param name="Group">The group's label.</param>
/// <param name="IsReference">True for the breakdown's reference group.</param>
/// <param name="Pathways">Rounded number of pathways, or null when hidden.</param>
/// <param name="Median">Median weeks with limits, or null when hidden.</param>
/// <param name="Percentile92">92nd-percentile weeks with limits, or null when hidden.</param>
/// <param name="Over">Long waits over 18, 52 and 65 weeks (open pathways; empty for completed).</param>
public sealed record PublishedWaitSummary(
    string Breakdown,
    string Group,
    bool IsReference,
    long? Pathways,
    QuantileEstimate? Median,
    QuantileEstimate? Percentile92,
    IReadOnlyList<PublishedPercent> Over);
