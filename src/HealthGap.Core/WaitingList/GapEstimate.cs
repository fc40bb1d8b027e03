namespace HealthGap.Core.WaitingList;

/// <summary>
/// One group's waiting-time gap against its breakdown's reference group, crude and after allowing
/// for case mix (treatment function × priority), side by side.
/// </summary>
/// <param name="Breakdown">The breakdown's id.</param>
/// <param name="Group">The group's label.</param>
/// <param name="Reference">The reference group's label.</param>
/// <param name="Pathways">Pathways in the group.</param>
/// <param name="ReferencePathways">Pathways in the reference group.</param>
/// <param name="Crude">Ratio of typical waits with no adjustment.</param>
/// <param name="Adjusted">Ratio of typical waits within the same treatment function and priority.</param>
public sealed record GapEstimate(
    string Breakdown,
    string Group,
    string Reference,
    int Pathways,
    int ReferencePathways,
    RatioEstimate Crude,
    RatioEstimate Adjusted);
