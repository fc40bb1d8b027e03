namespace HealthGap.Core.WaitingList.Publication;

/// <summary>
/// The waiting-list analysis after the disclosure gate: the only form in which its figures may be
/// written, shown or served. Built by <see cref="WaitingListPublication.Publish"/>.
/// </summary>
/// <param name="Period">Snapshot and completed period.</param>
/// <param name="Confidence">Confidence level of every interval.</param>
/// <param name="DisclosurePolicy">The gate's policy label, written into every output.</param>
/// <param name="Breakdowns">The breakdowns, in report order.</param>
/// <param name="Open">Open pathways' waits by group.</param>
/// <param name="Completed">Completed pathways' waits by group.</param>
/// <param name="ByTreatmentFunction">Open pathways' waits by treatment function.</param>
/// <param name="OpenGaps">Crude and adjusted gaps, open pathways.</param>
/// <param name="CompletedGaps">Crude and adjusted gaps, completed pathways.</param>
/// <param name="WithinSpecialty">Within-specialty median differences, open pathways.</param>
public sealed record PublishedWaitingList(
    WaitingListPeriod Period,
    double Confidence,
    string DisclosurePolicy,
    IReadOnlyList<Breakdown> Breakdowns,
    IReadOnlyList<PublishedWaitSummary> Open,
    IReadOnlyList<PublishedWaitSummary> Completed,
    IReadOnlyList<PublishedWaitSummary> ByTreatmentFunction,
    IReadOnlyList<PublishedGap> OpenGaps,
    IReadOnlyList<PublishedGap> CompletedGaps,
    IReadOnlyList<PublishedSpecialtyComparison> WithinSpecialty);
