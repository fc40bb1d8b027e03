namespace HealthGap.Core.WaitingList;

/// <summary>
/// A way of splitting the waiting list into groups (deprivation, ethnicity, a PLUS flag...), or a
/// two-way intersection of two such splits. Unknown is always one of the groups, never dropped, so
/// the reader sees how much of the list cannot be placed.
/// </summary>
/// <param name="Id">Stable identifier used in CSV files, e.g. <c>imd_quintile</c> or <c>imd_quintile_x_ethnic_group</c>.</param>
/// <param name="Title">Heading for people, e.g. "Deprivation (national IMD 2019 quintile)".</param>
/// <param name="Levels">The groups, in display order.</param>
/// <param name="ReferenceLevel">Index of the group every other group is compared with.</param>
public sealed record Breakdown(string Id, string Title, IReadOnlyList<GroupLevel> Levels, int ReferenceLevel)
{
    /// <summary>The group the others are compared with.</summary>
    public GroupLevel Reference => Levels[ReferenceLevel];

    /// <summary>True for a two-way intersection of two breakdowns.</summary>
    public bool IsIntersection => Id.Contains("_x_", StringComparison.Ordinal);
}
