namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// The allow-list of breakdowns and area types, with the SQL expression each one groups by. Nothing
/// else can reach the generated SQL as a column name. Unknown values stay a visible group.
/// </summary>
public static class Breakdowns
{
    /// <summary>PLUS flags of the <c>person</c> table, each a breakdown with groups Yes/No/Unknown.</summary>
    public static IReadOnlyList<string> PlusFlags { get; } =
    [
        "learning_disability", "autism", "smi", "homeless", "carer", "interpreter_needed", "english_not_main_language",
        "housebound", "care_home", "lives_alone", "assisted_bin_collection", "looked_after_child",
    ];

    /// <summary>Breakdown name → SQL expression over <c>p</c> (the person table).</summary>
    public static IReadOnlyDictionary<string, string> Expressions { get; } = BuildExpressions();

    /// <summary>Area type name → column of <c>p</c> (residence for ICB/sub-ICB/place, registration for PCN/practice).</summary>
    public static IReadOnlyDictionary<string, string> AreaColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["icb"] = "icb22cdh",
        ["sub_icb"] = "sicbl22cdh",
        ["place"] = "lad22cd",
        ["pcn"] = "pcn_code",
        ["practice"] = "practice_code",
    };

    /// <summary>Every breakdown, in catalogue order.</summary>
    public static IReadOnlyList<string> All => [.. Expressions.Keys];

    /// <summary>Expands the name <c>plus</c> to every PLUS flag; other names pass through.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> names) =>
        names.SelectMany(n => n == "plus" ? PlusFlags : [n]).Distinct();

    private static Dictionary<string, string> BuildExpressions()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["all"] = "'All'",
            ["imd_decile"] = "coalesce(CAST(p.imd_decile AS VARCHAR), 'Unknown')",
            ["imd_quintile"] = "coalesce(CAST(p.imd_quintile AS VARCHAR), 'Unknown')",
            ["core20"] = "CASE WHEN p.core20 THEN 'Core20' WHEN p.core20 IS NULL THEN 'Unknown' ELSE 'Rest' END",
            ["ethnic_group"] = "coalesce(p.ethnic_group, 'Unknown')",
            ["ethnic_category"] = "coalesce(p.ethnic_category, 'Unknown')",
            ["sex"] = "coalesce(p.sex, 'U')",
            ["age_band"] = "CAST({age_band} AS VARCHAR)",
        };
        foreach (var flag in PlusFlags)
        {
            map[flag] = $"CASE WHEN p.{flag} THEN 'Yes' WHEN p.{flag} IS NULL THEN 'Unknown' ELSE 'No' END";
        }

        return map;
    }
}
