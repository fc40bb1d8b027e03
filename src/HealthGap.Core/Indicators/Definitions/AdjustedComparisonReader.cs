using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// Reads a definition's <c>adjusted_for_deprivation</c> list: the breakdowns (e.g. <c>[ethnic_group]</c>) whose
/// groups are also compared after indirect standardisation for IMD quintile, age band and sex. It checks only
/// the declaration; the engine counts the strata and the report computes the ratios.
/// </summary>
internal static class AdjustedComparisonReader
{
    /// <summary>The field's name in a definition file.</summary>
    public const string Field = "adjusted_for_deprivation";

    // The strata of the adjustment, and the all-persons row: adjusting a group of these for itself means nothing.
    private static readonly string[] NotAdjustable =
        [BreakdownNames.All, BreakdownNames.ImdQuintile, BreakdownNames.ImdDecile, BreakdownNames.Core20, BreakdownNames.Sex, BreakdownNames.AgeBand];

    /// <summary>The declared breakdowns (empty when the field is absent), each checked against the measure and the definition's breakdowns.</summary>
    public static IReadOnlyList<string> Read(YamlField root, MeasureType measure, IReadOnlyList<string> breakdowns)
    {
        var field = root.Optional(Field);
        if (field is null)
        {
            return [];
        }

        if (measure is not (MeasureType.Proportion or MeasureType.CrudeRate or MeasureType.DirectlyStandardisedRate))
        {
            throw field.Error("an indirectly standardised comparison needs counts of events or people: use it with measure proportion, crude_rate or dsr.");
        }

        var names = field.TextList();
        foreach (var name in names)
        {
            if (NotAdjustable.Contains(name))
            {
                throw field.Error($"'{name}' is one of the things the comparison adjusts for (IMD quintile, age band, sex) or the whole population; " +
                    $"list a group breakdown such as {BreakdownNames.EthnicGroup}.");
            }

            if (!BreakdownNames.Sql.ContainsKey(name))
            {
                throw field.Error($"unknown breakdown '{name}'. Use one of: {string.Join(", ", BreakdownNames.Catalogue.Except(NotAdjustable))}.");
            }

            if (!breakdowns.Contains(name))
            {
                throw field.Error($"'{name}' is not among the indicator's breakdowns: add it to 'breakdowns' (the adjusted row sits beside its crude row).");
            }
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw field.Error("a breakdown is listed twice.");
        }

        return names;
    }
}
