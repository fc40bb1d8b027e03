using System.Globalization;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Reference;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// The breakdown dimension of an indicator's linked tables (<see cref="SumDimension"/>): the all-persons
/// group is the grand total; each breakdown family is a universe whose atoms are its finest published
/// groups — IMD deciles (which make up quintiles and Core20 / Rest), NHS ethnic categories (which make up
/// the broad groups, as the store assigns them), and every other breakdown's own groups.
/// </summary>
internal static class GroupAtoms
{
    // Families of nested breakdowns, finest first.
    private static readonly string[][] Families =
    [
        [BreakdownNames.ImdDecile, BreakdownNames.ImdQuintile, BreakdownNames.Core20],
        [BreakdownNames.EthnicCategory, BreakdownNames.EthnicGroup],
    ];

    /// <summary>The dimension whose node i is <paramref name="groups"/>[i].</summary>
    public static SumDimension Dimension(IReadOnlyList<(string Breakdown, string Group)> groups)
    {
        var nodes = new (int Universe, int[] Atoms)[groups.Count];
        var atomUniverse = new List<int>();
        var universes = new Dictionary<string, int>(StringComparer.Ordinal);
        var present = groups.ToHashSet();
        foreach (var family in groups.Where(g => g.Breakdown != BreakdownNames.All).GroupBy(g => FamilyOf(g.Breakdown)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var universe = universes[family.Key] = universes.Count;
            var published = Members(family.Key).Where(b => family.Any(g => g.Breakdown == b)).ToList();
            var finest = published[0];
            var atomOf = new Dictionary<(string, string), List<int>>();
            foreach (var (_, group) in family.Where(g => g.Breakdown == finest).OrderBy(g => g.Group, StringComparer.Ordinal))
            {
                // An atom is usable only when every coarser published group holding it is published too;
                // otherwise that group is a known 0 and the atom cannot move.
                var parents = published.Skip(1).Select(b => (b, Parent(finest, b, group))).ToList();
                if (parents.Any(p => !present.Contains(p)))
                {
                    continue;
                }

                var atom = atomUniverse.Count;
                atomUniverse.Add(universe);
                foreach (var key in parents.Prepend((finest, group)))
                {
                    (atomOf.TryGetValue(key, out var list) ? list : atomOf[key] = []).Add(atom);
                }
            }

            for (var i = 0; i < groups.Count; i++)
            {
                if (FamilyOf(groups[i].Breakdown) == family.Key)
                {
                    nodes[i] = (universe, atomOf.TryGetValue(groups[i], out var atoms) ? [.. atoms] : [Fresh(atomUniverse, universe)]);
                }
            }
        }

        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Breakdown == BreakdownNames.All)
            {
                nodes[i] = (SumDimension.Grand, []);
            }
        }

        return new SumDimension(nodes, [.. atomUniverse], sharedTotal: true);
    }

    private static int Fresh(List<int> atomUniverse, int universe)
    {
        atomUniverse.Add(universe);
        return atomUniverse.Count - 1;
    }

    private static string FamilyOf(string breakdown) => Families.FirstOrDefault(f => f.Contains(breakdown))?[0] ?? breakdown;

    private static IReadOnlyList<string> Members(string family) => Families.FirstOrDefault(f => f[0] == family) ?? [family];

    /// <summary>The group of <paramref name="parent"/> that <paramref name="group"/> of <paramref name="child"/> lies in.</summary>
    internal static string Parent(string child, string parent, string group)
    {
        if (child == BreakdownNames.EthnicCategory)
        {
            return group switch
            {
                "A" or "B" or "C" => "White",
                "D" or "E" or "F" or "G" => "Mixed",
                "H" or "J" or "K" or "L" => "Asian",
                "M" or "N" or "P" => "Black",
                "R" or "S" => "Other",
                "Z" => "Not stated",
                _ => "Unknown",
            };
        }

        if (!int.TryParse(group, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return group;
        }

        var quintile = child == BreakdownNames.ImdDecile ? (n + 1) / 2 : n;
        return parent == BreakdownNames.ImdQuintile ? quintile.ToString(CultureInfo.InvariantCulture)
            : quintile * 2 <= Deprivation.Core20MaximumDecile ? "Core20" : "Rest";
    }
}
