using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// The inequality summary of one indicator, area and period, from published cells only: SII, RII and the
/// population attributable risk (PAR) across national IMD deciles (quintiles when a decile is hidden), the
/// gap between the most and least deprived quintile, and the Core20 vs rest ratio and difference. Each
/// figure is left out, with the reason, when any of its inputs is hidden. Trends across periods are
/// <see cref="InequalityTrends"/>' job, once every period is built.
/// </summary>
internal static class InequalityCalculator
{
    // The report's simulation settings for the SII and PAR: 1,000 repetitions, one seed, so a report is reproducible.
    private const int Repetitions = 1000;
    private const int Seed = 1;

    public static InequalityRow Summarise(
        IndicatorDefinition definition,
        ReportingPeriod period,
        (string AreaType, string AreaCode) area,
        PublishedTable published,
        IReadOnlyDictionary<string, (Estimate Estimate, GroupRate? Rate)> measures)
    {
        var deciles = Usable(published, BreakdownQuantiles("imd_decile", 10));
        var fifths = Usable(published, BreakdownQuantiles("imd_quintile", 5));
        var (quantiles, label) = deciles.Cells is not null ? (deciles.Cells, "deciles") : fifths.Cells is not null ? (fifths.Cells, "quintiles") : (null, "");
        var sii = quantiles is null ? null : Try(() => SlopeIndexOfInequality.Calculate(Inputs(quantiles!), new SiiOptions(Repetitions: Repetitions, Seed: Seed)));
        var par = sii is null ? null : Try(() => PopulationAttributableRisk.Calculate(Inputs(quantiles!), new ParOptions(
            HigherIsBetter: definition.Polarity == Polarity.HigherBetter, Repetitions: Repetitions, Seed: Seed)));
        var deprivationReason = sii is not null ? ""
            : deciles.Reason == NoValueReasons.Privacy || fifths.Reason == NoValueReasons.Privacy ? NoValueReasons.Privacy
            : deciles.Reason == NoValueReasons.NotApplicable && fifths.Reason == NoValueReasons.NotApplicable ? NoValueReasons.NotApplicable
            : NoValueReasons.Unreliable;

        var most = Find(published, "imd_quintile|1");
        var least = Find(published, "imd_quintile|5");
        double? gapAbsolute = null, gapRelative = null;
        if (most?.Value is { } m && least?.Value is { } l && DisclosureGate.AllowsSummaryOf([most, least]))
        {
            gapAbsolute = m - l;
            gapRelative = l != 0 ? m / l : null;
        }

        var (ratio, difference, core20Reason) = Core20(published, measures);
        var parAbsolute = First(par?.AbsoluteIntervals);
        // An area whose value is 0 has no PAR %: its simulated limits would be about nothing, so they go too.
        var parPercent = par is null || double.IsNaN(par.Percent) ? null : First(par.PercentIntervals);
        return new InequalityRow(
            definition.Id, period.Label, area.AreaType, area.AreaCode,
            sii?.Sii, First(sii?.SiiIntervals)?.Lower, First(sii?.SiiIntervals)?.Upper,
            sii?.Rii, First(sii?.RiiIntervals)?.Lower, First(sii?.RiiIntervals)?.Upper,
            gapAbsolute, gapRelative, ratio?.Value, ratio?.Lower, ratio?.Upper, sii is null ? "" : label,
            Par: par is null ? null : Na.ToNullable(par.Absolute), ParLower: parAbsolute?.Lower, ParUpper: parAbsolute?.Upper,
            ParPercent: par is null ? null : Na.ToNullable(par.Percent), ParPercentLower: parPercent?.Lower, ParPercentUpper: parPercent?.Upper,
            DeprivationReason: deprivationReason,
            Core20Difference: difference?.Value, Core20DifferenceLower: difference?.Lower, Core20DifferenceUpper: difference?.Upper,
            Core20Reason: core20Reason);
    }

    // Core20 (IMD deciles 1–2 nationally, the most deprived fifth) against everyone else in the area.
    private static (Estimate? Ratio, Estimate? Difference, string Reason) Core20(
        PublishedTable published, IReadOnlyDictionary<string, (Estimate Estimate, GroupRate? Rate)> measures)
    {
        var core20 = Find(published, "core20|Core20");
        var rest = Find(published, "core20|Rest");
        if (core20 is null || rest is null)
        {
            return (null, null, NoValueReasons.NotApplicable);
        }

        if (!DisclosureGate.AllowsSummaryOf([core20, rest]))
        {
            return (null, null, NoValueReasons.Privacy);
        }

        if (RateOf(core20, measures) is not { } a || RateOf(rest, measures) is not { } b)
        {
            return (null, null, NoValueReasons.Unreliable);
        }

        var ratio = a.Rate > 0 && b.Rate > 0 ? Try(() => RateComparison.RateRatio(a, b)) : null;
        var difference = Try(() => RateComparison.RateDifference(a, b));
        return (ratio, difference, difference?.Value is null ? NoValueReasons.Unreliable : "");
    }

    // The group's rate and standard error from the statistics; a measure without one (life expectancy) from its published 95 % limits.
    private static GroupRate? RateOf(PublishedCell cell, IReadOnlyDictionary<string, (Estimate Estimate, GroupRate? Rate)> measures) =>
        measures.TryGetValue(cell.Id, out var measure) && measure.Rate is { } rate && double.IsFinite(rate.Rate) && double.IsFinite(rate.StandardError) ? rate
        : cell is { Value: { } v, LowerLimit: { } lo, UpperLimit: { } hi } && hi > lo ? new GroupRate(v, SiiValidation.StandardErrorFrom95(lo, hi))
        : null;

    private static string[] BreakdownQuantiles(string breakdown, int count) =>
        [.. Enumerable.Range(1, count).Select(q => $"{breakdown}|{q.ToString(System.Globalization.CultureInfo.InvariantCulture)}")];

    // Every quantile's cell published with a value, limits and a population; else why not.
    private static (List<PublishedCell>? Cells, string Reason) Usable(PublishedTable published, string[] ids)
    {
        var cells = ids.Select(id => Find(published, id)).ToList();
        if (cells.All(c => c is null))
        {
            return (null, NoValueReasons.NotApplicable);
        }

        if (cells.Any(c => c is not null && c.Suppressed))
        {
            return (null, NoValueReasons.Privacy);
        }

        return cells.Any(c => c?.Value is null || c.LowerLimit is null || c.UpperLimit is null || c.Denominator is not > 0)
            ? (null, NoValueReasons.Unreliable)
            : ([.. cells.OfType<PublishedCell>()], "");
    }

    // Quantile 1 is the most deprived, as in PHEindicatormethods: the SII is the fitted value at the least
    // deprived end minus that at the most deprived end (positive when the value rises with affluence), and the
    // PAR's reference is the least deprived quantile.
    private static List<SiiQuantile> Inputs(List<PublishedCell> cells) =>
        [.. cells.Select((c, i) => new SiiQuantile(i + 1, c.Denominator!.Value, c.Value, null, null, c.LowerLimit, c.UpperLimit))];

    private static ConfidenceInterval? First(IReadOnlyList<ConfidenceInterval>? intervals) => intervals is { Count: > 0 } ? intervals[0] : null;

    private static PublishedCell? Find(PublishedTable table, string id) => table.Cells.FirstOrDefault(c => c.Id == id);

    private static T? Try<T>(Func<T> compute)
        where T : class
    {
        try
        {
            return compute();
        }
        catch (StatisticsException)
        {
            return null;
        }
    }
}
