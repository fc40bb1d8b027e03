namespace HealthGap.Core.Reference;

/// <summary>
/// Census 2011 usual residents of one LSOA by ethnic group: 5 broad groups and the detailed groups
/// within them (column names as in <c>ethnicity_census2011_lsoa11.csv</c>).
/// </summary>
public sealed record LsoaEthnicity(string LsoaCode, int AllResidents, IReadOnlyList<int> Broad, IReadOnlyList<int> Detailed)
{
    /// <summary>The 5 broad group column names, in the order of <see cref="Broad"/>.</summary>
    public static readonly IReadOnlyList<string> BroadGroups = ["white", "mixed", "asian", "black", "other"];

    /// <summary>The detailed group column names, in the order of <see cref="Detailed"/>.</summary>
    public static readonly IReadOnlyList<string> DetailedGroups =
    [
        "white_british", "white_irish", "white_gypsy_irish_traveller", "white_other", "mixed_multiple",
        "asian_indian", "asian_pakistani", "asian_bangladeshi", "asian_chinese", "asian_other",
        "black_african", "black_caribbean", "black_other", "other_arab", "other_any",
    ];
}
