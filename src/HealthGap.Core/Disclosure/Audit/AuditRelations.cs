using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Disclosure.Audit;

/// <summary>
/// The linear relations an outsider knows hold among the rows of one indicator, each a list of (row,
/// +1 or −1) summing to 0. Within a period: a breakdown's groups add up to the area's "all" row; IMD
/// deciles add up to quintiles and to Core20/Rest, ethnic categories to ethnic groups; child areas add
/// up to their parent (<see cref="AuditGeography"/>) group by group; and every area type adds up to the
/// same grand total. Across periods (<see cref="PooledRelations"/>): a pooled period's cell is the sum of
/// the same cell in each of its single years, when the report publishes all of them. A row the report
/// leaves out counts 0 (the report omits empty cells).
/// </summary>
internal static class AuditRelations
{
    public static List<(int Row, int Sign)[]> For(IReadOnlyList<ReportCell> rows, AuditGeography geography)
    {
        var relations = new List<(int Row, int Sign)[]>();
        foreach (var period in Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Period, StringComparer.Ordinal))
        {
            var global = period.ToList();
            relations.AddRange(WithinPeriod([.. global.Select(i => rows[i])], geography).Select(r => r.Select(x => (global[x.Row], x.Sign)).ToArray()));
        }

        relations.AddRange(PooledRelations.For(rows));
        return relations;
    }

    private static List<(int Row, int Sign)[]> WithinPeriod(IReadOnlyList<ReportCell> rows, AuditGeography geography)
    {
        var index = new Dictionary<(string AreaType, string AreaCode, string Key), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            index[(rows[i].AreaType, rows[i].AreaCode, Key(rows[i]))] = i;
        }

        var breakdowns = rows.Select(r => r.Breakdown).Where(b => b != BreakdownNames.All).ToHashSet(StringComparer.Ordinal);
        var keys = rows.Select(Key).Distinct().Order(StringComparer.Ordinal).ToList();
        var areas = rows.Select(r => (r.AreaType, r.AreaCode)).Distinct().Order().ToList();
        var relations = new List<(int Row, int Sign)[]>();

        (int, int)[] Relation(IEnumerable<(string, string, string)> plus, IEnumerable<(string, string, string)> minus) =>
            [.. plus.Where(index.ContainsKey).Select(k => (index[k], 1)).Concat(minus.Where(index.ContainsKey).Select(k => (index[k], -1)))];

        var rowsOfArea = rows.GroupBy(r => (r.AreaType, r.AreaCode)).ToDictionary(g => g.Key, g => g.ToList());

        // An area type publishes a breakdown when any of its areas has a row for it (practices publish
        // all persons only); a relation over a type that does not publish the breakdown says nothing.
        var published = rows.Select(r => (r.AreaType, r.Breakdown)).ToHashSet();
        bool Publishes(string type, string key) => published.Contains((type, key.Split('|')[0]));
        foreach (var (type, code) in areas)
        {
            var inArea = rowsOfArea[(type, code)];
            foreach (var breakdown in breakdowns.Where(b => published.Contains((type, b))).Order(StringComparer.Ordinal))
            {
                relations.Add(Relation([(type, code, "all|All")], inArea.Where(r => r.Breakdown == breakdown).Select(r => (type, code, Key(r)))));
            }

            foreach (var (child, parent) in new[] { (BreakdownNames.ImdDecile, BreakdownNames.ImdQuintile), (BreakdownNames.ImdDecile, BreakdownNames.Core20), (BreakdownNames.ImdQuintile, BreakdownNames.Core20), (BreakdownNames.EthnicCategory, BreakdownNames.EthnicGroup) })
            {
                if (!breakdowns.Contains(child) || !breakdowns.Contains(parent))
                {
                    continue;
                }

                foreach (var group in inArea.Where(r => r.Breakdown == child).GroupBy(r => ParentGroup(child, parent, r.Group)))
                {
                    relations.Add(Relation([(type, code, $"{parent}|{group.Key}")], group.Select(r => (type, code, Key(r)))));
                }
            }
        }

        var present = areas.ToHashSet();
        var types = areas.Select(a => a.AreaType).ToHashSet(StringComparer.Ordinal);
        foreach (var family in geography.Families.Where(f => present.Contains((f.ParentType, f.ParentCode)) && types.Contains(f.ChildType)))
        {
            foreach (var key in keys.Where(k => Publishes(family.ParentType, k) && Publishes(family.ChildType, k)))
            {
                relations.Add(Relation([(family.ParentType, family.ParentCode, key)], family.ChildCodes.Select(c => (family.ChildType, c, key))));
            }
        }

        foreach (var key in keys)
        {
            var typeList = types.Where(t => Publishes(t, key)).Order(StringComparer.Ordinal).ToList();
            foreach (var other in typeList.Skip(1))
            {
                relations.Add(Relation(
                    areas.Where(a => a.AreaType == typeList[0]).Select(a => (a.AreaType, a.AreaCode, key)),
                    areas.Where(a => a.AreaType == other).Select(a => (a.AreaType, a.AreaCode, key))));
            }
        }

        return [.. relations.Where(r => r.Length > 0)];
    }

    private static string Key(ReportCell row) => $"{row.Breakdown}|{row.Group}";

    private static string ParentGroup(string child, string parent, string group)
    {
        if (group == "Unknown")
        {
            return "Unknown";
        }

        if (child == BreakdownNames.EthnicCategory)
        {
            return "ABC".Contains(group, StringComparison.Ordinal) && group.Length == 1 ? "White"
                : group.Length == 1 && "DEFG".Contains(group, StringComparison.Ordinal) ? "Mixed"
                : group.Length == 1 && "HJKL".Contains(group, StringComparison.Ordinal) ? "Asian"
                : group.Length == 1 && "MNP".Contains(group, StringComparison.Ordinal) ? "Black"
                : group.Length == 1 && "RS".Contains(group, StringComparison.Ordinal) ? "Other"
                : group == "Z" ? "Not stated" : "Unknown";
        }

        if (!int.TryParse(group, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return $"no {parent} for {group}";
        }

        var quintile = child == BreakdownNames.ImdDecile ? (n + 1) / 2 : n;
        return parent == BreakdownNames.ImdQuintile ? quintile.ToString(System.Globalization.CultureInfo.InvariantCulture) : quintile == 1 ? "Core20" : "Rest";
    }
}
