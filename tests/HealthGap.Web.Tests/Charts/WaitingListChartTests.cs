using System.Text.RegularExpressions;
using HealthGap.Core.WaitingList;
using HealthGap.Core.WaitingList.Publication;
using HealthGap.Web.Charts;

namespace HealthGap.Web.Tests.Charts;

/// <summary>The waiting-list report's two charts, drawn with the same SVG helpers and scale as the pages' charts.</summary>
public sealed partial class WaitingListChartTests
{
    private static readonly Breakdown Deprivation = new("imd", "Deprivation & more", [new("1", "people in quintile 1"), new("2", "people in quintile 2"), new("5", "people in quintile 5")], 2);

    [Fact]
    public void WaitDistributionChart_BarsEndAtTheQuantilesOnTheWeekScale()
    {
        // The axis runs to 26 weeks (the 92nd percentile's upper limit is 25) over the 540 units right of the labels.
        var svg = WaitDistributionChart.Render(Deprivation, [Waits("5", 13, 20, 25, isReference: true)]);

        Assert.Contains("<rect x=\"190\" y=\"35\" width=\"270\" height=\"16\" fill=\"#005eb8\" class=\"median\"/>", svg, StringComparison.Ordinal);
        Assert.Contains("<rect x=\"190\" y=\"35\" width=\"415.4\" height=\"16\" fill=\"#9ec6ea\" class=\"p92\"/>", svg, StringComparison.Ordinal);
        Assert.Equal(["0", "2", "4", "6", "8", "10", "12", "14", "16", "18", "20", "22", "24", "26"], Ticks(svg));
        Assert.Contains(">5 (ref.)</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void WaitDistributionChart_HiddenAndEmptyGroups_AreLabelledNeverDrawnAsZero()
    {
        var hidden = new PublishedWaitSummary("imd", "1", false, null, null, null, []);
        var empty = new PublishedWaitSummary("imd", "2", false, 0, null, null, []);

        var svg = WaitDistributionChart.Render(Deprivation, [hidden, empty, Waits("5", 13, 20, 25, isReference: true)]);

        Assert.Contains(">hidden to protect small numbers [c]</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">no pathways</text>", svg, StringComparison.Ordinal);
        Assert.Equal(1, svg.Split("class=\"median\"").Length - 1);
    }

    [Fact]
    public void WaitDistributionChart_IsAnAccessibleImageWithTitleAndDescription()
    {
        var svg = WaitDistributionChart.Render(Deprivation, [Waits("5", 13, 20, 25, isReference: true)]);

        Assert.Contains("class=\"chart\" viewBox=\"0 0 760 100\" role=\"img\" aria-labelledby=\"dist-imd-title dist-imd-desc\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"dist-imd-title\">Median and 92nd-percentile weeks waited by Deprivation &amp; more, open pathways</title>", svg, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"dist-imd-desc\">", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("http", svg, StringComparison.Ordinal); // the self-contained report names no URL, not even SVG's namespace
    }

    [Theory]
    [InlineData(9, 10)]
    [InlineData(27, 40)]
    [InlineData(53, 78)]
    [InlineData(300, 312)]
    public void WaitDistributionChart_AxisEnd_IsARoundNumberOfWeeks(double longest, double axisEnd) =>
        Assert.Equal(axisEnd, WaitDistributionChart.NiceMax(longest));

    [Fact]
    public void GapForestPlot_LogScaleWithLineAtOne_SignificantAdjustedGapMarked()
    {
        var gaps = new[]
        {
            new PublishedGap("imd", "1", "5", new RatioEstimate(1.2, 1.0, 1.44), new RatioEstimate(1.3, 1.1, 1.5)),
            new PublishedGap("imd", "2", "5", null, null),
        };

        var svg = GapForestPlot.Render(Deprivation, gaps);

        // Limits 0.8 to 1.575: 1 sits where log(1) falls between log(0.8) and log(1.575), 190 + 540 × 0.3295.
        Assert.Contains("<line x1=\"367.9\" y1=\"30\" x2=\"367.9\" y2=\"94\" class=\"one\"/>", svg, StringComparison.Ordinal);
        Assert.Equal(["0.80", "0.90", "1.00", "1.10", "1.25", "1.50"], Ticks(svg));
        Assert.Contains("class=\"pt-adjusted sig\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"pt-crude\"", svg, StringComparison.Ordinal);
        Assert.Contains(">hidden to protect small numbers, or not estimable</text>", svg, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"gap-imd-title gap-imd-desc\"", svg, StringComparison.Ordinal);
    }

    private static PublishedWaitSummary Waits(string group, double median, double p92, double p92Upper, bool isReference = false) =>
        new("imd", group, isReference, 100, new QuantileEstimate(median, median - 1, median + 1), new QuantileEstimate(p92, p92 - 2, p92Upper), []);

    private static string[] Ticks(string svg) => TickLabel().Matches(svg).Select(m => m.Groups[1].Value).ToArray();

    [GeneratedRegex("class=\"tick\">([0-9.]+)</text>")]
    private static partial Regex TickLabel();
}
