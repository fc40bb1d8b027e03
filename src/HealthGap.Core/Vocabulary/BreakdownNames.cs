namespace HealthGap.Core.Vocabulary;

/// <summary>
/// The breakdowns an indicator can be split by, named once: each name, in catalogue order, with the SQL
/// expression over <c>p</c> (the <c>person</c> table) that puts a person in a group. Unknown values stay a
/// visible group. The PLUS flags (<see cref="PlusFlag"/>) follow the demographic breakdowns. The indicator
/// compiler's allow-list, the definition loader, the report and the web read these names; adding a
/// breakdown: docs/indicators.md.
/// </summary>
public static class BreakdownNames
{
    /// <summary>The whole population (one group, "All").</summary>
    public const string All = "all";

    /// <summary>National IMD 2019 decile of the person's LSOA (1 = most deprived).</summary>
    public const string ImdDecile = "imd_decile";

    /// <summary>National IMD 2019 quintile of the person's LSOA (1 = most deprived).</summary>
    public const string ImdQuintile = "imd_quintile";

    /// <summary>Core20 (the most deprived 20% of LSOAs nationally) vs the rest.</summary>
    public const string Core20 = "core20";

    /// <summary>Broad ethnic group (White, Mixed, Asian, Black, Other, Not stated, Unknown).</summary>
    public const string EthnicGroup = "ethnic_group";

    /// <summary>NHS ethnic category code (A–S, Z).</summary>
    public const string EthnicCategory = "ethnic_category";

    /// <summary>Sex (F, M, U).</summary>
    public const string Sex = "sex";

    /// <summary>Age band of the standard population (0-4 … 90+).</summary>
    public const string AgeBand = "age_band";

    /// <summary>Not a breakdown: in a definition file, stands for every PLUS flag.</summary>
    public const string Plus = "plus";

    /// <summary>Breakdown name → SQL expression over <c>p</c>, in catalogue order (<c>{age_band}</c> is filled in by the compiler).</summary>
    public static IReadOnlyDictionary<string, string> Sql { get; } = BuildSql();

    /// <summary>Every breakdown, in catalogue order.</summary>
    public static IReadOnlyList<string> Catalogue { get; } = [.. Sql.Keys];

    /// <summary>Expands <see cref="Plus"/> to every PLUS flag; other names pass through (each once).</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> names) =>
        names.SelectMany(n => n == Plus ? PlusFlag.Names : [n]).Distinct();

    /// <summary>Where <paramref name="name"/> comes in <see cref="Catalogue"/>; after every catalogued name when it is not one.</summary>
    public static int OrderOf(string name)
    {
        for (var i = 0; i < Catalogue.Count; i++)
        {
            if (Catalogue[i] == name)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>True for the name of a PLUS flag breakdown.</summary>
    public static bool IsPlusFlag(string name) => PlusFlag.Find(name) is not null;

    /// <summary>The web's resource key for the label of breakdown <paramref name="name"/>.</summary>
    public static string LabelKey(string name) => "Breakdown_" + name;

    private static Dictionary<string, string> BuildSql()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [All] = "'All'",
            [ImdDecile] = "coalesce(CAST(p.imd_decile AS VARCHAR), 'Unknown')",
            [ImdQuintile] = "coalesce(CAST(p.imd_quintile AS VARCHAR), 'Unknown')",
            [Core20] = "CASE WHEN p.core20 THEN 'Core20' WHEN p.core20 IS NULL THEN 'Unknown' ELSE 'Rest' END",
            [EthnicGroup] = "coalesce(p.ethnic_group, 'Unknown')",
            [EthnicCategory] = "coalesce(p.ethnic_category, 'Unknown')",
            [Sex] = "coalesce(p.sex, 'U')",
            [AgeBand] = "CAST({age_band} AS VARCHAR)",
        };
        foreach (var flag in PlusFlag.All)
        {
            map[flag.Name] = flag.Sql;
        }

        return map;
    }
}
