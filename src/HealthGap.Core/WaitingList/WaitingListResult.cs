namespace HealthGap.Core.WaitingList;

/// <summary>
/// Everything a waiting-list analysis found, before disclosure control. Not for output as it is:
/// every figure leaves through <see cref="Publication.WaitingListPublication"/>.
/// </summary>
/// <param name="Period">The snapshot and completed period analysed.</param>
/// <param name="Confidence">Confidence level of every interval, e.g. 0.95.</param>
/// <param name="Breakdowns">Every breakdown reported (all, base, intersections) in report order.</param>
/// <param name="Open">Waits of open pathways at the snapshot, per breakdown group.</param>
/// <param name="Completed">Waits to treatment of pathways completed in the period, per breakdown group.</param>
/// <param name="OpenGaps">Crude and case-mix-adjusted gaps for open pathways.</param>
/// <param name="CompletedGaps">Crude and case-mix-adjusted gaps for completed pathways.</param>
/// <param name="WithinSpecialty">Median differences within each treatment function (open pathways, base breakdowns).</param>
/// <param name="ByTreatmentFunction">Open pathways' waits per treatment function (breakdown id <c>treatment_function</c>, group = code).</param>
/// <param name="GroupsByTreatmentFunction">Open pathways per base-breakdown group × treatment function (every cell, zeros included).</param>
public sealed record WaitingListResult(
    WaitingListPeriod Period,
    double Confidence,
    IReadOnlyList<Breakdown> Breakdowns,
    IReadOnlyList<WaitSummary> Open,
    IReadOnlyList<WaitSummary> Completed,
    IReadOnlyList<GapEstimate> OpenGaps,
    IReadOnlyList<GapEstimate> CompletedGaps,
    IReadOnlyList<SpecialtyComparison> WithinSpecialty,
    IReadOnlyList<WaitSummary> ByTreatmentFunction,
    IReadOnlyList<GroupSpecialtyCount> GroupsByTreatmentFunction);
