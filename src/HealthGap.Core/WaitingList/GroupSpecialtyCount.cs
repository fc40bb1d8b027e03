namespace HealthGap.Core.WaitingList;

/// <summary>Open pathways of one group in one treatment function (the counts behind the within-specialty view).</summary>
/// <param name="Breakdown">The base breakdown's id.</param>
/// <param name="Group">The group's label.</param>
/// <param name="TreatmentFunction">Treatment function code.</param>
/// <param name="Pathways">Open pathways.</param>
public sealed record GroupSpecialtyCount(string Breakdown, string Group, string TreatmentFunction, int Pathways);
