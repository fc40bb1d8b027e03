namespace HealthGap.Core.Disclosure;

/// <summary>
/// An additive relationship in a table: the <see cref="Parts"/> sum to <see cref="Total"/> (for example
/// the five IMD quintiles and "unknown" sum to the area's all-persons figure). Secondary suppression
/// uses margins to make sure no hidden cell can be recovered by subtraction.
/// </summary>
/// <param name="Total">Id of the cell holding the total.</param>
/// <param name="Parts">Ids of the cells that add up to it.</param>
/// <param name="Linked">
/// True for a margin that links tables which are also protected on their own (a practice's groups are
/// one table; practice ⊂ PCN links them). The gate first protects every table with its own margins,
/// exactly as if it were gated alone, then adds linked margins and hides more only where a hidden count
/// could still be worked out across tables; cells no link touches come out as they would alone.
/// </param>
public sealed record DisclosureMargin(string Total, IReadOnlyList<string> Parts, bool Linked = false);
