namespace HealthGap.Core.WaitingList.Publication;

/// <summary>A within-specialty median difference after disclosure control (hidden when either group's count is).</summary>
/// <param name="Breakdown">The breakdown's id.</param>
/// <param name="Group">The group's label.</param>
/// <param name="Reference">The reference group's label.</param>
/// <param name="TreatmentFunction">Treatment function code.</param>
/// <param name="Pathways">Rounded pathways of the group in the treatment function, or null when hidden.</param>
/// <param name="ReferencePathways">Rounded pathways of the reference group there, or null when hidden.</param>
/// <param name="MedianWeeks">The group's median weeks, or null when hidden.</param>
/// <param name="ReferenceMedianWeeks">The reference group's median weeks, or null when hidden.</param>
/// <param name="Difference">Median difference in weeks with limits, or null when hidden.</param>
public sealed record PublishedSpecialtyComparison(
    string Breakdown,
    string Group,
    string Reference,
    string TreatmentFunction,
    long? Pathways,
    long? ReferencePathways,
    double? MedianWeeks,
    double? ReferenceMedianWeeks,
    DifferenceEstimate? Difference);
