namespace HealthGap.Core.Disclosure;

/// <summary>
/// The one gate every outward figure passes through (CLI reports, API, web pages, waiting-list
/// report). It owns small-number suppression, rounding, secondary suppression and the marker; it
/// does not compute rates or intervals (statistics does) and it cannot be switched off.
/// </summary>
/// <param name="policy">The rules to apply; <see cref="DisclosurePolicy.Standard"/> unless configured.</param>
public sealed class DisclosureGate(DisclosurePolicy policy)
{
    /// <summary>What to write in place of a hidden figure (CSV, HTML); JSON writes null plus a flag.</summary>
    public const string Marker = "[c]";

    /// <summary>A gate applying <see cref="DisclosurePolicy.Standard"/>.</summary>
    public static DisclosureGate Standard { get; } = new(DisclosurePolicy.Standard);

    /// <summary>The policy applied; write its <see cref="DisclosurePolicy.Label"/> into every output.</summary>
    public DisclosurePolicy Policy { get; } = policy;

    /// <summary>
    /// Applies the policy to one table: suppresses small counts, then hides complementary cells
    /// until no hidden count can be worked out from published cells and totals, rounds what is left
    /// and hides values whose numerator or denominator is hidden or whose denominator is small.
    /// </summary>
    /// <exception cref="ArgumentException">A cell id is repeated or a margin names an unknown cell.</exception>
    public PublishedTable Apply(DisclosureTable table)
    {
        var index = IndexCells(table);
        var margins = table.Margins.Select(m => ToIndices(table, index, m)).ToArray();
        var cells = table.Cells;

        var numeratorHidden = SecondarySuppression.Run(
            [.. cells.Select(c => c.Numerator)], [.. cells.Select(c => Policy.IsSmall(c.Numerator))], margins);
        var hasDenominators = cells.Any(c => c.Denominator is not null);
        var denominatorHidden = hasDenominators
            ? SecondarySuppression.Run(
                [.. cells.Select(c => c.Denominator ?? 0)], [.. cells.Select(c => c.Denominator is { } d && Policy.IsSmall(d))], margins)
            : new SuppressionReason[cells.Count];

        return new PublishedTable(table.Name, Publish(cells, numeratorHidden, denominatorHidden), Policy);
    }

    /// <summary>
    /// Applies the policy to linked tables as one (<see cref="LinkedDisclosureTable"/>: every area level,
    /// breakdown and period of one indicator): small counts are suppressed, then for each a pattern of
    /// complementary cells is hidden that leaves every published total, at every level, unchanged
    /// (<see cref="PatternSuppression"/>); numerators and denominators are protected alike.
    /// </summary>
    /// <returns>The published cells (in the table's order) and how many small counts lacked a pattern with enough slack.</returns>
    internal (PublishedCell[] Cells, int Unprotected) ApplyLinked(LinkedDisclosureTable table)
    {
        var index = table.Index();
        var cells = table.Cells;
        // Numerators and denominators are protected independently, so side by side.
        var numeratorTask = Task.Run(() => PatternSuppression.Run(
            table, index, [.. cells.Select(c => c.Numerator)], [.. cells.Select(c => Policy.IsSmall(c.Numerator) ? SuppressionReason.SmallCount : SuppressionReason.None)]));
        var denominators = cells.Any(c => c.Denominator is not null)
            ? PatternSuppression.Run(
                table, index, [.. cells.Select(c => c.Denominator ?? 0)], [.. cells.Select(c => c.Denominator is { } d && Policy.IsSmall(d) ? SuppressionReason.SmallCount : SuppressionReason.None)])
            : new PatternSuppression.Outcome(new SuppressionReason[cells.Count], 0);
        var numerators = numeratorTask.GetAwaiter().GetResult();
        return (Publish(cells, numerators.Reasons, denominators.Reasons), numerators.Unprotected + denominators.Unprotected);
    }

    private PublishedCell[] Publish(IReadOnlyList<DisclosureCell> cells, SuppressionReason[] numeratorHidden, SuppressionReason[] denominatorHidden)
    {
        var published = new PublishedCell[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var valueReason = ValueReason(cell, numeratorHidden[i], denominatorHidden[i]);
            var showValue = valueReason == SuppressionReason.None;
            published[i] = new PublishedCell(
                cell.Id,
                numeratorHidden[i] == SuppressionReason.None ? Policy.Round(cell.Numerator) : null,
                cell.Denominator is { } d && denominatorHidden[i] == SuppressionReason.None ? Policy.Round(d) : null,
                showValue ? cell.Value : null,
                showValue ? cell.LowerLimit : null,
                showValue ? cell.UpperLimit : null,
                numeratorHidden[i],
                cell.Denominator is null ? SuppressionReason.None : denominatorHidden[i],
                valueReason);
        }

        return published;
    }

    /// <summary>
    /// Whether a summary computed from several published cells (slope index of inequality, gap,
    /// ratio) may be shown: only when none of its inputs is hidden, because a summary and the
    /// other inputs could otherwise give a hidden input away.
    /// </summary>
    public static bool AllowsSummaryOf(IEnumerable<PublishedCell> inputs) => inputs.All(c => !c.Suppressed);

    private SuppressionReason ValueReason(DisclosureCell cell, SuppressionReason numerator, SuppressionReason denominator)
    {
        // A count-only cell has no value to hide; any other cell shows the marker, even when statistics gave no value.
        if (cell.Denominator is null && cell.Value is null && cell.LowerLimit is null && cell.UpperLimit is null)
        {
            return SuppressionReason.None;
        }

        var smallDenominator = cell.Denominator is { } d && d < Policy.SmallestPublishedCount;
        return numerator != SuppressionReason.None || denominator != SuppressionReason.None || smallDenominator
            ? SuppressionReason.DerivedFromHidden
            : SuppressionReason.None;
    }

    private static Dictionary<string, int> IndexCells(DisclosureTable table)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Cells.Count; i++)
        {
            if (!index.TryAdd(table.Cells[i].Id, i))
            {
                throw new ArgumentException($"disclosure table '{table.Name}' has two cells with id '{table.Cells[i].Id}'; ids must be unique.");
            }
        }

        return index;
    }

    private static (int Total, int[] Parts) ToIndices(DisclosureTable table, Dictionary<string, int> index, DisclosureMargin margin)
    {
        int Find(string id) => index.TryGetValue(id, out var i)
            ? i
            : throw new ArgumentException($"disclosure table '{table.Name}' has a margin naming cell '{id}', which is not in the table.");

        var total = Find(margin.Total);
        var parts = margin.Parts.Select(Find).ToArray();
        if (parts.Contains(total))
        {
            throw new ArgumentException($"disclosure table '{table.Name}': margin total '{margin.Total}' is also listed as one of its parts.");
        }

        return (total, parts);
    }
}
