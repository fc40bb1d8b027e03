using System.Globalization;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Web.Results;

/// <summary>Where the indicator page shows a breakdown the report writes.</summary>
internal enum IndicatorPageSection
{
    /// <summary>The whole-population row (the headline figure and trend).</summary>
    Total,

    /// <summary>The deprivation gradient chart: IMD deciles, or quintiles when there are no deciles (with deciles
    /// shown, the quintiles are the same people in coarser groups, in the CSV download).</summary>
    Gradient,

    /// <summary>The ethnic-group chart.</summary>
    Ethnicity,

    /// <summary>The PLUS groups chart.</summary>
    Plus,

    /// <summary>The "other groups" table: any breakdown without a section of its own, so none is dropped.</summary>
    Other,

    /// <summary>In the CSV download only (see <see cref="BreakdownDisplay.DownloadOnly"/> for why).</summary>
    DownloadOnly,
}

/// <summary>
/// How the web shows the breakdowns the report writes: which section of the indicator page each goes in,
/// and how groups sort. The names come from the Core vocabulary (<see cref="BreakdownNames"/>,
/// <see cref="PlusFlag"/>); nothing here lists them again.
/// </summary>
internal static class BreakdownDisplay
{
    /// <summary>Breakdowns in the CSV download but not on the page, and why.</summary>
    public static IReadOnlyDictionary<string, string> DownloadOnly { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [BreakdownNames.EthnicCategory] = "the 19 detailed categories have no page labels yet; the page shows the broad ethnic groups",
    };

    /// <summary>The section of the indicator page that shows <paramref name="breakdown"/>.</summary>
    public static IndicatorPageSection SectionOf(string breakdown) => breakdown switch
    {
        _ when IsTotal(breakdown) => IndicatorPageSection.Total,
        BreakdownNames.ImdDecile or BreakdownNames.ImdQuintile => IndicatorPageSection.Gradient,
        BreakdownNames.EthnicGroup => IndicatorPageSection.Ethnicity,
        _ when IsPlusGroup(breakdown) => IndicatorPageSection.Plus,
        _ when DownloadOnly.ContainsKey(breakdown) => IndicatorPageSection.DownloadOnly,
        _ => IndicatorPageSection.Other,
    };

    /// <summary>True for the no-breakdown (whole population) rows, whichever name the report uses.</summary>
    public static bool IsTotal(string breakdown) =>
        breakdown is "" or BreakdownNames.All or "total" or "overall" or "none";

    /// <summary>True for a PLUS-group flag breakdown.</summary>
    public static bool IsPlusGroup(string breakdown) =>
        BreakdownNames.IsPlusFlag(breakdown) || breakdown.StartsWith("plus_", StringComparison.Ordinal);

    /// <summary>True when <paramref name="group"/> is the "has the flag" side of a PLUS breakdown.</summary>
    public static bool IsFlagSet(string group) =>
        group.Trim().ToLowerInvariant() is "yes" or "true" or "1" or "y";

    /// <summary>
    /// A sort key so deciles sort 1..10, age bands by their first age (0-4, 5-9, 10-14, …, 90+), and
    /// other groups keep a sensible order.
    /// </summary>
    public static string SortKey(string group) =>
        LeadingDigits(group) is > 0 and var digits
            ? int.Parse(group.AsSpan(0, digits), CultureInfo.InvariantCulture).ToString("D4", CultureInfo.InvariantCulture) + group[digits..]
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
