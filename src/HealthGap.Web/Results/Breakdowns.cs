using CoreBreakdowns = HealthGap.Core.Indicators.Definitions.Breakdowns;

namespace HealthGap.Web.Results;

/// <summary>The breakdown names the report writes, in the order pages show them, and how groups sort.</summary>
internal static class Breakdowns
{
    public const string ImdDecile = "imd_decile";
    public const string ImdQuintile = "imd_quintile";
    public const string Core20 = "core20";
    public const string Ethnicity = "ethnic_group";
    public const string Sex = "sex";
    public const string AgeBand = "age_band";

    /// <summary>
    /// The PLUS groups (inclusion health and other groups the ICS chooses) the report may break down by:
    /// the engine's own list, so a flag added there shows here without a second list to keep in step.
    /// </summary>
    public static IReadOnlyList<string> PlusGroups => CoreBreakdowns.PlusFlags;

    /// <summary>True for the no-breakdown (whole population) rows, whichever name the report uses.</summary>
    public static bool IsTotal(string breakdown) =>
        breakdown is "" or "all" or "total" or "overall" or "none";

    /// <summary>True for a PLUS-group flag breakdown.</summary>
    public static bool IsPlusGroup(string breakdown) =>
        PlusGroups.Contains(breakdown) || breakdown.StartsWith("plus_", StringComparison.Ordinal);

    /// <summary>True when <paramref name="group"/> is the "has the flag" side of a PLUS breakdown.</summary>
    public static bool IsFlagSet(string group) =>
        group.Trim().ToLowerInvariant() is "yes" or "true" or "1" or "y";

    /// <summary>
    /// A sort key so deciles sort 1..10, age bands by their first age (0-4, 5-9, 10-14, …, 90+), and
    /// other groups keep a sensible order.
    /// </summary>
    public static string SortKey(string group) =>
        LeadingDigits(group) is > 0 and var digits
            ? int.Parse(group.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + group[digits..]
            : group switch
            {
                "core20" => "0",
                "not_core20" or "rest" => "1",
                "Not stated" or "Unknown" => "zz" + group,
                _ => "m" + group,
            };

    // How many digits the group starts with (at most four: a decile, an age, a year).
    private static int LeadingDigits(string group)
    {
        var digits = 0;
        while (digits < group.Length && digits < 4 && char.IsAsciiDigit(group[digits]))
        {
            digits++;
        }

        return digits;
    }
}
