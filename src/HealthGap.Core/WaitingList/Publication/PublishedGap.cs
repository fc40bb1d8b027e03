namespace HealthGap.Core.WaitingList.Publication;

/// <summary>A gap after disclosure control: shown only when both groups' counts are published.</summary>
/// <param name="Breakdown">The breakdown's id.</param>
/// <param name="Group">The group's label.</param>
/// <param name="Reference">The reference group's label.</param>
/// <param name="Crude">Crude ratio of typical waits, or null when hidden.</param>
/// <param name="Adjusted">Case-mix-adjusted ratio of typical waits, or null when hidden.</param>
public sealed record PublishedGap(string Breakdown, string Group, string Reference, RatioEstimate? Crude, RatioEstimate? Adjusted);
