using HealthGap.Web.Charts;
using HealthGap.Web.Results;
using Microsoft.Extensions.Localization;

namespace HealthGap.Web.Pages;

/// <summary>
/// A deprivation gap in words: who is worse off, by how much, and whether it could be chance; and what
/// the sign of the SII means. Every page that shows an RII or SII says it the same way.
/// </summary>
internal static class GapWords
{
    /// <summary>E.g. "People in the most deprived neighbourhoods are worse off: the figure is 2.2 times as high at the most deprived end as at the least deprived end."</summary>
    public static string Sentence(IStringLocalizer t, GapReading? gap)
    {
        if (gap?.Multiple is not { } multiple)
        {
            return t["GapUnknown"];
        }

        var how = gap.Rii == 1 ? t["GapNone"].Value
            : t[gap.HigherAtMostDeprived ? "GapHigherAtMost" : "GapHigherAtLeast", Format.Number(Math.Round(multiple, 2))].Value;
        var who = gap.WorseOff switch
        {
            GapSide.MostDeprived => t["GapWorseMost"].Value,
            GapSide.LeastDeprived => t["GapWorseLeast"].Value,
            GapSide.NoJudgement => t["GapNoJudgement"].Value,
            _ => "",
        };
        var chance = gap.IsClear || gap.Rii == 1 ? "" : " " + t[gap.HasInterval ? "GapNotClear" : "GapNoInterval"].Value;
        return (who.Length == 0 ? how : who + " " + how) + chance;
    }

    /// <summary>The SII read in words, e.g. "The fitted figure is 12.3 per 100,000 lower at the least deprived end than at the most deprived end."</summary>
    public static string Sii(IStringLocalizer t, InequalitySummary? summary, string unit) =>
        summary?.Sii is not { } sii ? t["GapUnknown"].Value
        : sii == 0 ? t["GapNone"].Value
        : t[sii > 0 ? "SiiHigherAtLeast" : "SiiHigherAtMost", Format.Number(Math.Abs(sii)), unit].Value;
}
