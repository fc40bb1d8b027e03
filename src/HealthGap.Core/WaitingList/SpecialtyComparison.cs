namespace HealthGap.Core.WaitingList;

/// <summary>
/// Within one treatment function: a group's median wait against its reference group's, e.g.
/// "trauma and orthopaedics, interpreter needed vs not: median 6 weeks longer".
/// </summary>
/// <param name="Breakdown">The breakdown's id.</param>
/// <param name="Group">The group's label.</param>
/// <param name="Reference">The reference group's label.</param>
/// <param name="TreatmentFunction">Treatment function code, e.g. <c>110</c>.</param>
/// <param name="Pathways">Pathways of the group in this treatment function.</param>
/// <param name="ReferencePathways">Pathways of the reference group in this treatment function.</param>
/// <param name="MedianWeeks">The group's median weeks waited.</param>
/// <param name="ReferenceMedianWeeks">The reference group's median weeks waited.</param>
/// <param name="Difference">Median difference in weeks (group − reference) with limits.</param>
public sealed record SpecialtyComparison(
    string Breakdown,
    string Group,
    string Reference,
    string TreatmentFunction,
    int Pathways,
    int ReferencePathways,
    double? MedianWeeks,
    double? ReferenceMedianWeeks,
    DifferenceEstimate Difference);
