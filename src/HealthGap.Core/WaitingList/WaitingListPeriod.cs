namespace HealthGap.Core.WaitingList;

/// <summary>
/// When the analysis looks: open pathways at <paramref name="Snapshot"/> (RTT clock started on or
/// before it and not stopped by it), and pathways completed (clock stopped) from
/// <paramref name="CompletedFrom"/> to <paramref name="CompletedTo"/> inclusive.
/// </summary>
/// <param name="Snapshot">The census date for open pathways, e.g. 2025-03-31.</param>
/// <param name="CompletedFrom">First clock-stop date counted as completed.</param>
/// <param name="CompletedTo">Last clock-stop date counted as completed.</param>
public sealed record WaitingListPeriod(DateOnly Snapshot, DateOnly CompletedFrom, DateOnly CompletedTo)
{
    /// <summary>The default period: the snapshot and the 12 months of clock stops ending on it.</summary>
    public static WaitingListPeriod EndingAt(DateOnly snapshot) =>
        new(snapshot, snapshot.AddYears(-1).AddDays(1), snapshot);
}
