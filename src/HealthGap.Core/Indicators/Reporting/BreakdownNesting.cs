using System.Globalization;
using HealthGap.Core.Reference;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Breakdowns whose groups add up to another breakdown's groups in the same area: IMD deciles to
/// quintiles, deciles and quintiles to Core20 / Rest, ethnic categories (the 2001 census letters) to
/// the five broad groups. These are published side by side, so they are margins for the disclosure gate
/// like any total; the report checks the counts really add up before using one.
/// </summary>
internal static class BreakdownNesting
{
    /// <summary>(child breakdown, parent breakdown) pairs.</summary>
    public static IReadOnlyList<(string Child, string Parent)> Pairs { get; } =
    [
        ("imd_decile", "imd_quintile"), ("imd_decile", "core20"), ("imd_quintile", "core20"), ("ethnic_category", "ethnic_group"),
    ];

    /// <summary>The parent group a child group falls in, or null when the pair has no rule for it.</summary>
    public static string? ParentGroup(string child, string parent, string group)
    {
        if (group == "Unknown")
        {
            return "Unknown";
        }

        return (child, parent) switch
        {
            ("imd_decile", "imd_quintile") => Number(group) is { } d ? ((d + 1) / 2).ToString(CultureInfo.InvariantCulture) : null,
            ("imd_decile", "core20") => Number(group) is { } d ? (d <= Deprivation.Core20MaximumDecile ? "Core20" : "Rest") : null,
            ("imd_quintile", "core20") => Number(group) is { } q ? (q == 1 ? "Core20" : "Rest") : null,
            ("ethnic_category", "ethnic_group") => group switch
            {
                "A" or "B" or "C" => "White",
                "D" or "E" or "F" or "G" => "Mixed",
                "H" or "J" or "K" or "L" => "Asian",
                "M" or "N" or "P" => "Black",
                "R" or "S" => "Other",
                "Z" => "Not stated",
                _ => "Unknown",
            },
            _ => null,
        };
    }

    private static int? Number(string group) => int.TryParse(group, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
