namespace HealthGap.Core.Disclosure;

/// <summary>
/// An additive relationship in a table: the <see cref="Parts"/> sum to <see cref="Total"/> (for example
/// the five IMD quintiles and "unknown" sum to the area's all-persons figure). Secondary suppression
/// uses margins to make sure no hidden cell can be recovered by subtraction.
/// </summary>
/// <param name="Total">Id of the cell holding the total.</param>
/// <param name="Parts">Ids of the cells that add up to it.</param>
public sealed record DisclosureMargin(string Total, IReadOnlyList<string> Parts);
