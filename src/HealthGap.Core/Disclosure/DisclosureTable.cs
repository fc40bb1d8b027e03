namespace HealthGap.Core.Disclosure;

/// <summary>
/// The unit of disclosure control: cells that are published together, and the margins (totals)
/// that tie them. Everything published side by side from the same counts belongs in one table.
/// </summary>
/// <param name="Name">What the table is, for error messages (no person data).</param>
/// <param name="Cells">The cells, each with an id unique in the table.</param>
/// <param name="Margins">Additive relationships among the cells; empty when the cells are unrelated.</param>
public sealed record DisclosureTable(string Name, IReadOnlyList<DisclosureCell> Cells, IReadOnlyList<DisclosureMargin> Margins);
