using HealthGap.Core.Indicators.Reporting;
using HealthGap.Web.Charts;
using HealthGap.Web.Localization;
using HealthGap.Web.Results;
using Microsoft.Extensions.Localization;

namespace HealthGap.Web.Pages;

/// <summary>
/// A deprivation gap in words: who is worse off, by how much, and whether it could be chance; what the
/// sign of the SII means; the PAR and the Core20 contrast; and which test a trend badge rests on. Every
/// page that shows these figures says them the same way. A missing figure gets its reason, never a number.
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

    /// <summary>
    /// The PAR in words, e.g. "If everyone had the figure of the least deprived tenth (IMD decile 10), the figure
    /// for the whole area would be about 12% lower (95% CI 8% to 15%)." Polarity decides which way "better" is:
    /// for lower-is-better (or no judgement) the area's value would change by −PAR, for higher-is-better by +PAR.
    /// </summary>
    public static string Par(IStringLocalizer t, InequalitySummary? summary, bool? higherIsBetter)
    {
        if (summary?.ParPercent is not { } percent)
        {
            return Hidden.ExplainReason(t, summary?.DeprivationHiddenReason is { Length: > 0 } reason ? reason : "");
        }

        var sign = percent < 0 ? -1 : 1;
        var higher = (higherIsBetter == true) == (percent > 0);
        var group = t[summary.SiiQuantiles == "quintiles" ? "LeastDeprivedFifth" : "LeastDeprivedTenth"].Value;
        double? low = summary.ParPercentLowerCl * sign, high = summary.ParPercentUpperCl * sign;
        if (low > high)
        {
            (low, high) = (high, low);
        }

        var sentence = t["ParSentence", group, Percent(Math.Abs(percent)), t[higher ? "ParHigherWord" : "ParLowerWord"].Value, Percent(low), Percent(high)].Value;
        var chance = summary.ParPercentLowerCl is { } lo && summary.ParPercentUpperCl is { } hi && lo <= 0 && hi >= 0;
        return chance ? sentence + " " + t["ParChance"].Value : sentence;
    }

    /// <summary>The Core20 vs rest ratio and difference in words, with "could be chance" when the ratio's interval holds 1; the reason when hidden.</summary>
    public static string Core20(IStringLocalizer t, InequalitySummary? summary, string unit)
    {
        if (summary?.Core20Ratio is not { } ratio || summary.Core20Difference is not { } difference)
        {
            return Hidden.ExplainReason(t, summary?.Core20HiddenReason ?? "");
        }

        var sentence = t["Core20Sentence", Format.Ratio(ratio), Format.Ratio(summary.Core20RatioLowerCl), Format.Ratio(summary.Core20RatioUpperCl),
            Format.Number(difference), unit, Format.Number(summary.Core20DifferenceLowerCl), Format.Number(summary.Core20DifferenceUpperCl)].Value;
        var chance = summary.Core20RatioLowerCl is { } lo && summary.Core20RatioUpperCl is { } hi && lo <= 1 && hi >= 1;
        return chance ? sentence + " " + t["Core20Chance"].Value : sentence;
    }

    /// <summary>The test behind the gap's trend badge, e.g. "Z test for a change in the SII since 2022-23: p = 0.030."; empty for an older report.</summary>
    public static string GapTest(IStringLocalizer t, InequalitySummary? summary) => summary?.GapTrend switch
    {
        InequalityTrends.Widening or InequalityTrends.Narrowing or InequalityTrends.NoSignificantChange => t["GapTrendTest", summary.GapTrendSince, P(summary.GapTrendP)].Value,
        InequalityTrends.NoEarlierPeriod => t["GapTrendFirst"].Value,
        InequalityTrends.NotAvailable => t["GapTrendHidden"].Value,
        _ => "",
    };

    /// <summary>The test behind the value's trend badge (chi-squared for proportions, weighted least squares otherwise), or why there is none.</summary>
    public static string ValueTest(IStringLocalizer t, InequalitySummary? summary) => summary?.ValueTrend switch
    {
        InequalityTrends.Increasing or InequalityTrends.Decreasing or InequalityTrends.NoSignificantChange =>
            t[summary.ValueTrendMethod == InequalityTrends.ChiSquaredForProportions ? "ValueTrendChi" : "ValueTrendWls", P(summary.ValueTrendP)].Value,
        InequalityTrends.NotEnoughPeriods => t["ValueTrendNeedsFive"].Value,
        InequalityTrends.NotAvailable => t["ValueTrendHidden"].Value,
        _ => "",
    };

    private static string Percent(double? value) => value is { } v ? Math.Round(v, Math.Abs(v) < 10 ? 1 : 0).ToString("0.#", PageCulture.Current) : "";

    private static string P(double? p) => p switch
    {
        null => "",
        < 0.001 => "< " + 0.001.ToString("0.000", PageCulture.Current),
        { } v => "= " + v.ToString("0.000", PageCulture.Current),
    };
}
