using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// The strata indirect standardisation needs (a definition's <c>adjusted_for_deprivation</c>): each declared
/// breakdown's group crossed with the IMD quintile, as one extra engine breakdown whose group is
/// <c>group|quintile</c>, counted by age band and sex like any other. They are counted only at the area types
/// where an adjusted comparison is published, and never reach the indicator rows.
/// </summary>
internal static class AdjustmentStrata
{
    /// <summary>Between the group and the IMD quintile in a stratum's group.</summary>
    public const char Separator = '|';

    /// <summary>Area types the strata are counted at: residence-based areas big enough for a group comparison.</summary>
    public static IReadOnlySet<string> AreaTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Vocabulary.AreaTypes.Icb, Vocabulary.AreaTypes.SubIcb, Vocabulary.AreaTypes.Place,
    };

    private const string Suffix = "_by_imd_quintile";

    /// <summary>The engine breakdown of <paramref name="breakdown"/>'s adjustment strata.</summary>
    public static string Name(string breakdown) => breakdown + Suffix;

    /// <summary>The breakdown an adjustment stratum's engine breakdown belongs to, or null for an ordinary breakdown.</summary>
    public static string? Adjusted(string engineBreakdown) =>
        engineBreakdown.EndsWith(Suffix, StringComparison.Ordinal) && BreakdownNames.Sql.ContainsKey(engineBreakdown[..^Suffix.Length])
            ? engineBreakdown[..^Suffix.Length]
            : null;

    /// <summary>The SQL of <paramref name="engineBreakdown"/>'s group over <c>p</c>, or null when it is not an adjustment breakdown.</summary>
    public static string? Sql(string engineBreakdown) => Adjusted(engineBreakdown) is { } breakdown
        ? $"({BreakdownNames.Sql[breakdown]}) || '{Separator}' || ({BreakdownNames.Sql[BreakdownNames.ImdQuintile]})"
        : null;

    /// <summary>Splits a stratum's group into the breakdown's group and the IMD quintile.</summary>
    public static (string Group, string Quintile) Split(string group)
    {
        var at = group.LastIndexOf(Separator);
        return at < 0 ? (group, "Unknown") : (group[..at], group[(at + 1)..]);
    }

    /// <summary>The engine breakdowns a member counts for adjustment: those declared, when the member reports the breakdown and an adjustment area type is asked for.</summary>
    public static IReadOnlyList<string> For(Definitions.IndicatorDefinition definition, IReadOnlyList<string> breakdowns, IReadOnlyList<string> areaTypes) =>
        areaTypes.Any(AreaTypes.Contains) ? [.. definition.AdjustedForDeprivation.Where(breakdowns.Contains).Select(Name)] : [];
}
