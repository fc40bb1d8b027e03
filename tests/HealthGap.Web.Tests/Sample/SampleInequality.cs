using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Statistics;

namespace HealthGap.Web.Tests.Sample;

/// <summary>
/// The inequality summary of the sample's published figures, by the report's rules: the SII and RII
/// from Core's <see cref="SlopeIndexOfInequality"/> over deciles (else quintiles), the gap between the
/// most and least deprived quintile and the Core20 rate ratio from <see cref="RateComparison"/>, each
/// only when the gate hid none of its inputs.
/// </summary>
internal static class SampleInequality
{
    public static InequalityRow Summarise(
        SampleIndicator indicator, string period, (string Type, string Code) area, PublishedTable published, SampleFigures figures)
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
        if (Find(published, "core20|Core20") is { } core20 && Find(published, "core20|Rest") is { } rest
            && DisclosureGate.AllowsSummaryOf([core20, rest]))
        {
            ratio = RateComparison.RateRatio(figures.Rate(core20.Id), figures.Rate(rest.Id));
        }

        var siiLimits = sii is { SiiIntervals.Count: > 0 } ? sii.SiiIntervals[0] : null;
        var riiLimits = sii is { RiiIntervals.Count: > 0 } ? sii.RiiIntervals[0] : null;
        return new InequalityRow(
            indicator.Entry.Id, period, area.Type, area.Code,
            sii?.Sii, siiLimits?.Lower, siiLimits?.Upper, sii?.Rii, riiLimits?.Lower, riiLimits?.Upper,
            gapAbsolute, gapRelative, ratio?.Value, ratio?.Lower, ratio?.Upper, quantiles, "");
    }

    private static SiiResult? Slope(PublishedTable published, string breakdown, int count)
    {
        var cells = Enumerable.Range(1, count).Select(q => Find(published, $"{breakdown}|{q}")).ToList();
        if (cells.Any(c => c?.Value is null || c.LowerLimit is null || c.UpperLimit is null || c.Denominator is not > 0)
            || !DisclosureGate.AllowsSummaryOf(cells!))
        {
            return null;
        }

        // Quantile 1 is the most deprived, as in PHEindicatormethods and the report.
        var quantiles = cells.Select((c, i) => new SiiQuantile(i + 1, c!.Denominator!.Value, c.Value, null, null, c.LowerLimit, c.UpperLimit)).ToList();
        return SlopeIndexOfInequality.Calculate(quantiles, new SiiOptions(Repetitions: 1000, Seed: 1));
    }

    private static PublishedCell? Find(PublishedTable table, string id) => table.Cells.FirstOrDefault(c => c.Id == id);
}
