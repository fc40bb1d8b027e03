using System.Text.RegularExpressions;
using HealthGap.Web.Charts;

namespace HealthGap.Web.Tests.Charts;

/// <summary>Charts drawn for a phone: a narrow twin with its own id, and a layout whose text fits 320 units.</summary>
public sealed partial class ChartFrameTests
{
    private static readonly ChartPoint[] Groups = [new("Most deprived 10% (decile 1)", 50, 40, 60), new("Least deprived", 40, 30, 50)];

    [Fact]
    public void ChartFrameBoth_DotWhisker_DrawsAWideAndANarrowTwinWithTheirOwnIds()
    {
        var markup = ChartFrame.Both(f => DotWhiskerChart.Render("g", "T", "D", Groups, 45, "ICS: 45", "%", "Hidden", f));

        Assert.Equal(2, markup.Split("<svg").Length - 1);
        Assert.Contains("class=\"hg-chart hg-chart--wide\" viewBox=\"0 0 640 ", markup, StringComparison.Ordinal);
        Assert.Contains("class=\"hg-chart hg-chart--narrow\" viewBox=\"0 0 320 ", markup, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"g-title g-desc\"", markup, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"g-narrow-title g-narrow-desc\"", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void DotWhiskerChart_Narrow_PutsEachLabelAboveItsRowInFull()
    {
        var svg = DotWhiskerChart.Render("g", "T", "D", Groups, null, "", "%", "Hidden", ChartFrame.Narrow);

        Assert.Contains("<text x=\"12\" y=\"44\" text-anchor=\"start\" class=\"hg-label\">Most deprived 10% (decile 1)</text>", svg, StringComparison.Ordinal);
        Assert.All(TextX().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), x => Assert.InRange(x, 0, 320));
    }

    [Fact]
    public void TrendChart_NarrowWithManyPeriods_LabelsEveryOtherPeriodEndingWithTheLatest()
    {
        var points = Enumerable.Range(2018, 7).Select(y => new ChartPoint($"{y}-{(y + 1) % 100:00}", y - 2000, null, null)).ToArray();

        var narrow = TrendChart.Render("t", "T", "D", [new("Blackpool", points), new("ICB", points)], "%", ChartFrame.Narrow);
        var wide = TrendChart.Render("t", "T", "D", [new("Blackpool", points), new("ICB", points)], "%");

        Assert.Contains(">2024-25</text>", narrow, StringComparison.Ordinal);
        Assert.DoesNotContain(">2023-24</text>", narrow, StringComparison.Ordinal);
        Assert.Contains(">2023-24</text>", wide, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 320 322\"", narrow, StringComparison.Ordinal);
    }

    [GeneratedRegex("<text x=\"([-0-9.]+)\"")]
    private static partial Regex TextX();
}
