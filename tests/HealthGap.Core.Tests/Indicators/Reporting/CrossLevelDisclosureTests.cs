using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Reporting;

/// <summary>
/// Issue 16: a count hidden in one area must not come back as a published total minus its published
/// parts in another (sub-ICBs in the ICB, practices in their PCN, IMD deciles in their quintile), for
/// numerators and denominators. Each test attacks the builder's output by plain subtraction.
/// </summary>
public sealed class CrossLevelDisclosureTests
{
    private static readonly IReadOnlyList<int> Esp = HealthGap.Core.Reference.ReferenceData.LoadEsp2013().Bands.Select(b => b.Weight).ToList();

    [Fact]
    public void Build_SmallSubIcbNumerator_NotIcbMinusTheOtherSubIcbs()
    {
        var rows = Build(
            [
                ("icb", "QE1", "all", "All", 115, 1000),
                ("sub_icb", "A", "all", "All", 5, 100), ("sub_icb", "B", "all", "All", 50, 400), ("sub_icb", "C", "all", "All", 60, 500),
            ]);

        Assert.Null(Row(rows, "sub_icb", "A").Cell.Numerator);
        Assert.Null(Recovered(Row(rows, "icb", "QE1"), [.. rows.Where(r => r.AreaType == "sub_icb")], c => c.Numerator));
    }

    [Fact]
    public void Build_SmallSubIcbDenominator_NotIcbMinusTheOtherSubIcbs()
    {
        var rows = Build(
            [
                ("icb", "QE1", "all", "All", 100, 906),
                ("sub_icb", "A", "all", "All", 0, 6), ("sub_icb", "B", "all", "All", 50, 400), ("sub_icb", "C", "all", "All", 50, 500),
            ]);

        Assert.Null(Row(rows, "sub_icb", "A").Cell.Denominator);
        Assert.Null(Recovered(Row(rows, "icb", "QE1"), [.. rows.Where(r => r.AreaType == "sub_icb")], c => c.Denominator));
    }

    [Fact]
    public void Build_SmallPracticeInPcn_NotPcnMinusItsOtherPractices()
    {
        var hierarchy = new AreaHierarchy(
        [
            new("practice", "P1", "pcn", "U1"), new("practice", "P2", "pcn", "U1"), new("practice", "P3", "pcn", "U1"),
            new("practice", "P4", "pcn", "U2"), new("practice", "P5", "pcn", "U2"),
        ]);
        var rows = Build(
            [
                ("pcn", "U1", "all", "All", 40, 400), ("pcn", "U2", "all", "All", 55, 500),
                ("practice", "P1", "all", "All", 3, 100), ("practice", "P2", "all", "All", 17, 100), ("practice", "P3", "all", "All", 20, 200),
                ("practice", "P4", "all", "All", 30, 250), ("practice", "P5", "all", "All", 25, 250),
            ],
            hierarchy);

        Assert.Null(Row(rows, "practice", "P1").Cell.Numerator);
        Assert.Null(Recovered(Row(rows, "pcn", "U1"), [.. rows.Where(r => r.AreaCode is "P1" or "P2" or "P3")], c => c.Numerator));
        Assert.All(rows.Where(r => r.Cell.NumeratorReason != SuppressionReason.None), r => Assert.Null(r.Cell.Value));
    }

    [Fact]
    public void Build_SmallDecile_NotItsQuintileMinusTheOtherDecile()
    {
        // Alone, the area hides decile 3 (the smallest other decile) with decile 1, leaving quintile 1 − decile 2.
        (string, string, string, string, long, long)[] deciles =
            [.. Enumerable.Range(1, 10).Select(d => ("icb", "QE1", "imd_decile", $"{d}", d == 1 ? 4L : d == 3 ? 9L : 30L * d, 100L * d))];
        (string, string, string, string, long, long)[] quintiles =
            [.. Enumerable.Range(1, 5).Select(q => ("icb", "QE1", "imd_quintile", $"{q}", deciles[(2 * q) - 2].Item5 + deciles[(2 * q) - 1].Item5, deciles[(2 * q) - 2].Item6 + deciles[(2 * q) - 1].Item6))];
        var rows = Build([("icb", "QE1", "all", "All", deciles.Sum(d => d.Item5), deciles.Sum(d => d.Item6)), .. deciles, .. quintiles]);

        var decile1 = rows.Single(r => r.Breakdown == "imd_decile" && r.Group == "1");
        Assert.Null(decile1.Cell.Numerator);
        Assert.Null(Recovered(rows.Single(r => r.Breakdown == "imd_quintile" && r.Group == "1"), [decile1, rows.Single(r => r.Breakdown == "imd_decile" && r.Group == "2")], c => c.Numerator));
    }

    [Fact]
    public void Build_NoSmallCount_PublishesEveryFigure()
    {
        var rows = Build(
            [
                ("icb", "QE1", "all", "All", 110, 1000),
                ("sub_icb", "A", "all", "All", 50, 500), ("sub_icb", "B", "all", "All", 60, 500),
            ]);

        Assert.All(rows, r => Assert.False(r.Cell.Suppressed, $"{r.AreaCode} hidden"));
    }

    private static List<IndicatorRow> Build(IEnumerable<(string Type, string Code, string Breakdown, string Group, long Numerator, long Denominator)> cells, AreaHierarchy? hierarchy = null)
    {
        var strata = cells.Select(c => new StratumCount(c.Type, c.Code, c.Breakdown, c.Group, 8, "F", c.Numerator, c.Denominator))
            .OrderBy(s => s.AreaType, StringComparer.Ordinal).ThenBy(s => s.AreaCode, StringComparer.Ordinal).ThenBy(s => s.Breakdown, StringComparer.Ordinal)
            .ThenBy(s => s.Group, StringComparer.Ordinal).ToArray();
        var counts = new IndicatorCounts(Definition([]), Fy2024, strata);
        var builder = hierarchy is null
            ? new IndicatorReportBuilder(DisclosureGate.Standard, Esp, new Dictionary<string, string>())
            : new IndicatorReportBuilder(DisclosureGate.Standard, Esp, new Dictionary<string, string>(), hierarchy);
        return [.. builder.Build(counts, []).Rows];
    }

    private static IndicatorRow Row(List<IndicatorRow> rows, string type, string code) => rows.Single(r => r.AreaType == type && r.AreaCode == code && r.Breakdown == "all");

    // The attack: a published total minus all but one published part gives the hidden part.
    private static long? Recovered(IndicatorRow total, List<IndicatorRow> parts, Func<PublishedCell, long?> count)
    {
        var hidden = parts.Where(p => count(p.Cell) is null).ToList();
        return count(total.Cell) is { } t && hidden.Count == 1 ? t - parts.Where(p => p != hidden[0]).Sum(p => count(p.Cell)!.Value) : null;
    }
}
