using HealthGap.Core.Vocabulary;
using System.Globalization;
using HealthGap.Web.Results;
using Microsoft.Extensions.Localization;
using MeasureType = HealthGap.Core.Indicators.Definitions.MeasureType;
using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.Web.Pages;

/// <summary>People-readable, translated names for breakdowns, groups, units and polarity.</summary>
internal static class Labels
{
    public static string Breakdown(IStringLocalizer t, string breakdown) => Lookup(t, "Breakdown_" + breakdown, breakdown.Replace('_', ' '));

    public static string Group(IStringLocalizer t, string breakdown, string group)
    {
        if (breakdown == BreakdownNames.ImdDecile && int.TryParse(group, CultureInfo.InvariantCulture, out var d))
        {
            return d == 1 ? t["DecileMost", d] : d == 10 ? t["DecileLeast", d] : t["Decile", d];
        }

        if (breakdown == BreakdownNames.ImdQuintile && int.TryParse(group, CultureInfo.InvariantCulture, out var q))
        {
            return q == 1 ? t["QuintileMost", q] : q == 5 ? t["QuintileLeast", q] : t["Quintile", q];
        }

        if (BreakdownDisplay.IsPlusGroup(breakdown))
        {
            return BreakdownDisplay.IsFlagSet(group) ? Breakdown(t, breakdown) : t["PlusNot", Breakdown(t, breakdown)];
        }

        // An age band (0-17, 80+) keeps its left-to-right order on a right-to-left page.
        return Lookup(t, "Group_" + group.Replace(' ', '_'), breakdown == BreakdownNames.AgeBand ? Localization.PageCulture.LeftToRight(group) : group);
    }

    /// <summary>What the value is measured in, e.g. "%", "% of expected", "per 100,000" or "years".</summary>
    public static string Unit(IStringLocalizer t, CatalogueEntry d) =>
        d.Measure == MeasureType.LifeExpectancy ? t["UnitYears"]
        : d.IsObservedVsExpected && d.Multiplier == 100 ? t["UnitPercentOfExpected"]
        : d.IsPercentage ? t["UnitPercent"]
            : d.Multiplier > 1 ? t["UnitPer", Charts.Format.Count(d.Multiplier)] : t["UnitValue"];

    /// <summary>What a difference between two values is measured in: percentage points for a percentage, else the value's own unit.</summary>
    public static string GapUnit(IStringLocalizer t, CatalogueEntry d)
    {
        var unit = Unit(t, d);
        return unit == t["UnitPercent"].Value ? t["UnitPercentagePoints"] : unit;
    }

    public static string Polarity(IStringLocalizer t, CatalogueEntry d) =>
        d.HigherIsBetter switch
        {
            true => t["PolarityHigher"],
            false => t["PolarityLower"],
            null => t["PolarityNone"],
        };

    private static string Lookup(IStringLocalizer t, string key, string fallback)
    {
        var text = t[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
