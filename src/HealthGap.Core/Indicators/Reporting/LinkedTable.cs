using HealthGap.Core.Disclosure;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Puts every area's cells of one indicator and period into one disclosure table, with each area's
/// own margins (a breakdown's groups add up to the area's all-persons cell) and the margins that link
/// them: areas nested in areas (practice ⊂ PCN, place/sub-ICB ⊂ ICB, from <see cref="AreaHierarchy"/>),
/// every area type adding up to the same grand total, and breakdowns nested in breakdowns
/// (<see cref="BreakdownNesting"/>), each for numerators and denominators alike. A link is used only
/// where the counts add up exactly (it is then what an attacker can rely on); the grand total is a
/// withheld cell when no area type has a single area to publish it.
/// </summary>
internal static class LinkedTable
{
    /// <summary>One area's cells (ids "breakdown|group") and its own margins.</summary>
    public sealed record AreaCells((string AreaType, string AreaCode) Area, IReadOnlyList<DisclosureCell> Cells, IReadOnlyList<DisclosureMargin> Margins);

    /// <summary>The id of an area's cell in the linked table.</summary>
    public static string Id((string AreaType, string AreaCode) area, string local) => $"{area.AreaType}|{area.AreaCode}|{local}";

    public static DisclosureTable Build(string name, IReadOnlyList<AreaCells> areas, AreaHierarchy hierarchy)
    {
        var cells = new List<DisclosureCell>();
        var margins = new List<DisclosureMargin>();
        foreach (var area in areas)
        {
            cells.AddRange(area.Cells.Select(c => c with { Id = Id(area.Area, c.Id) }));
            margins.AddRange(area.Margins.Select(m => new DisclosureMargin(Id(area.Area, m.Total), [.. m.Parts.Select(p => Id(area.Area, p))])));
        }

        var byArea = areas.ToDictionary(a => a.Area, a => a.Cells.ToDictionary(c => c.Id, StringComparer.Ordinal));
        foreach (var area in areas)
        {
            margins.AddRange(BreakdownMargins(area.Area, byArea[area.Area]));
        }

        margins.AddRange(NestingMargins(areas, byArea, hierarchy));
        var (withheld, totals) = GrandTotalMargins(areas, byArea);
        cells.AddRange(withheld);
        margins.AddRange(totals);
        return new DisclosureTable(name, cells, margins);
    }

    private static IEnumerable<DisclosureMargin> BreakdownMargins((string, string) area, Dictionary<string, DisclosureCell> cells)
    {
        foreach (var (child, parent) in BreakdownNesting.Pairs)
        {
            var groups = cells.Values.Where(c => c.Id.StartsWith(child + "|", StringComparison.Ordinal))
                .GroupBy(c => BreakdownNesting.ParentGroup(child, parent, c.Id[(child.Length + 1)..]))
                .Where(g => g.Key is not null);
            foreach (var group in groups)
            {
                if (cells.TryGetValue($"{parent}|{group.Key}", out var total) && AddsUp(total, [.. group]))
                {
                    yield return new DisclosureMargin(Id(area, total.Id), [.. group.Select(c => Id(area, c.Id)).Order(StringComparer.Ordinal)], Linked: true);
                }
            }
        }
    }

    private static IEnumerable<DisclosureMargin> NestingMargins(
        IReadOnlyList<AreaCells> areas, Dictionary<(string, string), Dictionary<string, DisclosureCell>> byArea, AreaHierarchy hierarchy)
    {
        var families = hierarchy.Links
            .Where(l => byArea.ContainsKey((l.ParentType, l.ParentCode)) && byArea.ContainsKey((l.ChildType, l.ChildCode)))
            .GroupBy(l => (l.ParentType, l.ParentCode, l.ChildType))
            .OrderBy(g => g.Key.ParentType, StringComparer.Ordinal).ThenBy(g => g.Key.ParentCode, StringComparer.Ordinal).ThenBy(g => g.Key.ChildType, StringComparer.Ordinal);
        foreach (var family in families)
        {
            var parent = (family.Key.ParentType, family.Key.ParentCode);
            var children = family.Select(l => (l.ChildType, l.ChildCode)).Distinct().Order().ToList();
            foreach (var margin in Margins(parent, byArea[parent], children, byArea))
            {
                yield return margin;
            }
        }
    }

    // The same key in each child adds up to the parent's, for every key, or the family gives no margins.
    private static List<DisclosureMargin> Margins(
        (string, string) parent, Dictionary<string, DisclosureCell> parentCells, IReadOnlyList<(string, string)> children, Dictionary<(string, string), Dictionary<string, DisclosureCell>> byArea)
    {
        var keys = parentCells.Keys.Concat(children.SelectMany(c => byArea[c].Keys)).Distinct().Order(StringComparer.Ordinal).ToList();
        var margins = new List<DisclosureMargin>();
        foreach (var key in keys)
        {
            var parts = children.Where(c => byArea[c].ContainsKey(key)).ToList();
            if (!parentCells.TryGetValue(key, out var total))
            {
                if (parts.Any(c => byArea[c][key].Numerator != 0 || (byArea[c][key].Denominator ?? 0) != 0))
                {
                    return [];
                }

                continue;
            }

            if (!AddsUp(total, [.. parts.Select(c => byArea[c][key])]))
            {
                return [];
            }

            if (parts.Count > 0)
            {
                margins.Add(new DisclosureMargin(Id(parent, key), [.. parts.Select(c => Id(c, key))], Linked: true));
            }
        }

        return margins;
    }

    // Every area type counts the same people, so each type's areas add up to one grand total per key.
    private static (List<DisclosureCell> Withheld, List<DisclosureMargin> Margins) GrandTotalMargins(
        IReadOnlyList<AreaCells> areas, Dictionary<(string, string), Dictionary<string, DisclosureCell>> byArea)
    {
        var types = areas.GroupBy(a => a.Area.AreaType).OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (types.Count < 2)
        {
            return ([], []);
        }

        var keys = areas.SelectMany(a => a.Cells.Select(c => c.Id)).Distinct().Order(StringComparer.Ordinal).ToList();
        var single = types[0].Count() == 1 ? types[0].First().Area : ((string, string)?)null;
        var withheld = new List<DisclosureCell>();
        var margins = new List<DisclosureMargin>();
        foreach (var key in keys)
        {
            var sums = types.Select(t => Sum(t.Select(a => byArea[a.Area].GetValueOrDefault(key)))).ToList();
            var total = single is { } top ? Id(top, key) : $"total|{key}";
            if (single is null)
            {
                withheld.Add(new DisclosureCell(total, sums[0].Numerator, sums[0].Denominator, Withheld: true));
            }

            for (var t = single is null ? 0 : 1; t < types.Count; t++)
            {
                var parts = types[t].Where(a => byArea[a.Area].ContainsKey(key)).Select(a => Id(a.Area, key)).ToList();
                if (sums[t] == sums[0] && parts.Count > 0 && (parts.Count > 1 || parts[0] != total))
                {
                    margins.Add(new DisclosureMargin(total, parts, Linked: true));
                }
            }
        }

        return (withheld, margins);
    }

    private static (long Numerator, long Denominator) Sum(IEnumerable<DisclosureCell?> cells) =>
        cells.Aggregate((0L, 0L), (s, c) => c is null ? s : (s.Item1 + c.Numerator, s.Item2 + (c.Denominator ?? 0)));

    private static bool AddsUp(DisclosureCell total, IReadOnlyList<DisclosureCell> parts) =>
        Sum(parts) == (total.Numerator, total.Denominator ?? 0);
}
