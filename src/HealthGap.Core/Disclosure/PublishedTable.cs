namespace HealthGap.Core.Disclosure;

/// <summary>A table after disclosure control, with the policy that was applied (write both out).</summary>
/// <param name="Name">The table's name.</param>
/// <param name="Cells">The published cells, in the input order.</param>
/// <param name="Policy">The policy applied; its name and version go into every output.</param>
public sealed record PublishedTable(string Name, IReadOnlyList<PublishedCell> Cells, DisclosurePolicy Policy)
{
    /// <summary>The cell with the given id.</summary>
    public PublishedCell this[string id] => Cells.FirstOrDefault(c => c.Id == id)
        ?? throw new KeyNotFoundException($"table '{Name}' has no cell '{id}'.");
}
