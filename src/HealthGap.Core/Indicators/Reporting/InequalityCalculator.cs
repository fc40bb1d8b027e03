using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// The inequality summary of one indicator, area and period, from published cells only: SII and RII
/// across national IMD deciles (quintiles when a decile is hidden), the gap between the most and
/// least deprived quintile, and the Core20 vs rest ratio. Each figure is left out when any input is hidden.
/// </summary>
internal static class InequalityCalculator
{
    public static InequalityRow Summarise(
        IndicatorDefinition definition,
        ReportingPeriod period,
        (string AreaType, string AreaCode) area,
        PublishedTable published,
        IReadOnlyDictionary<string, (Estimate Estimate, GroupRate? Rate)> measures)
    {
        var (sii, quantiles) = Slope(published, "imd_decile", 10) is { } deciles ? (deciles, "deciles")
            : Slope(published, "imd_quintile", 5) is { } fifths ? (fifths, "quintiles") : (null, "");
        var most = Find(published, "imd_quintile|1");
        var least = Find(published, "imd_quintile|5");
        double? gapAbsolute = null, gapRelative = null;
        if (most?.Value is { } m && least?.Value is { } l && DisclosureGate.AllowsSummaryOf([most, least]))
        {
            gapAbsolute = m - l;
            gapRelative = l != 0 ? m / l : null;
        }

        Estimate? ratio = null;
        var core20 = Find(published, "core20|Core20");
        var rest = Find(published, "core20|Rest");
        if (core20 is not null && rest is not null && DisclosureGate.AllowsSummaryOf([core20, rest])
            && measures[core20.Id].Rate is { } a && measures[rest.Id].Rate is { } b && a.Rate > 0 && b.Rate > 0)
        {
            ratio = Try(() => RateComparison.RateRatio(a, b));
        }

        return new InequalityRow(
            definition.Id, period.Label, area.AreaType, area.AreaCode,
            sii?.Sii, First(sii?.SiiIntervals)?.Lower, First(sii?.SiiIntervals)?.Upper,
            sii?.Rii, First(sii?.RiiIntervals)?.Lower, First(sii?.RiiIntervals)?.Upper,
            gapAbsolute, gapRelative, ratio?.Value, ratio?.Lower, ratio?.Upper, quantiles, "");
    }

    /// <summary>
    /// Direction of travel of the SII against the previous period: "narrowing" or "widening" when the
    /// two intervals do not overlap, "no significant change" when they do, empty when either is missing.
    /// </summary>
    public static string Trend(InequalityRow? before, InequalityRow now)
    {
        if (before?.Sii is not { } b || now.Sii is not { } n || before.SiiLower is null || now.SiiLower is null)
        {
            return "";
        }

        var overlap = now.SiiLower <= before.SiiUpper && before.SiiLower <= now.SiiUpper;
        return overlap ? "no significant change" : Math.Abs(n) < Math.Abs(b) ? "narrowing" : "widening";
    }

    private static SiiResult? Slope(PublishedTable published, string breakdown, int count)
    {
        var cells = Enumerable.Range(1, count).Select(q => Find(published, $"{breakdown}|{q}")).ToList();
        if (cells.Any(c => c?.Value is null || c.LowerLimit is null || c.UpperLimit is null || c.Denominator is not > 0)
            || !DisclosureGate.AllowsSummaryOf(cells!))
        {
            return null;
        }

        // Quantile 1 is the most deprived, as in PHEindicatormethods: the SII is the fitted value at the least
        // deprived end minus that at the most deprived end (positive when the value rises with affluence).
        var quantiles = cells.Select((c, i) => new SiiQuantile(i + 1, c!.Denominator!.Value, c.Value, null, null, c.LowerLimit, c.UpperLimit)).ToList();
        return Try(() => SlopeIndexOfInequality.Calculate(quantiles, new SiiOptions(Repetitions: 1000, Seed: 1)));
    }

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
