using HealthGap.Web.Charts;

namespace HealthGap.Web.Tests.Charts;

public sealed class ChartTests
{
    [Fact]
    public void DotWhiskerChart_SuppressedGroup_IsLabelledNotDrawnAsZero()
    {
        var svg = DotWhiskerChart.Render("c", "Title & more", "Desc", [new("A", 50, 40, 60), new("B", null, null, null)], 55, "All: 55", "%", "Hidden");

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"c-title c-desc\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"c-title\">Title &amp; more</title>", svg, StringComparison.Ordinal);
        Assert.Contains(">Hidden</text>", svg, StringComparison.Ordinal);
        Assert.Equal(1, svg.Split("<circle").Length - 1);
    }

    [Fact]
    public void DotWhiskerChart_LongGroupLabel_ShortenedToFitLeftOfThePlot()
    {
        var svg = DotWhiskerChart.Render("c", "T", "D", [new("Not: English not main language", 50, 40, 60), new("Carer", 40, 30, 50)], null, "", "%", "Hidden");

        Assert.Contains(">Not: English not main lang…</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Carer</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void FunnelLimits_Proportion_MatchTheNormalApproximation()
    {
        var limits = new FunnelLimits(50, 100, IsProportion: true);

        Assert.Equal(50 + (1.959964 * 5), limits.Limit(100, FunnelLimits.Z95), 6);
        Assert.Equal(FunnelPosition.Within, limits.Classify(55, 100));
        Assert.Equal(FunnelPosition.Above95, limits.Classify(62, 100));
        Assert.Equal(FunnelPosition.Below998, limits.Classify(30, 100));
    }

    [Fact]
    public void FunnelLimits_Rate_UsePoissonVariance()
    {
        var limits = new FunnelLimits(1000, 100_000, IsProportion: false);

        // 1,000 per 100,000 in 10,000 people is 100 events: SE = sqrt(100)/10,000 * 100,000 = 100.
        Assert.Equal(1000 + (FunnelLimits.Z998 * 100), limits.Limit(10_000, FunnelLimits.Z998), 6);
    }

    [Fact]
    public void LinearScale_Covering_GivesRoundTicksAroundTheData()
    {
        var scale = LinearScale.Covering([63.4, 87.1], 0, 100);

        Assert.True(scale.Min <= 63.4 && scale.Max >= 87.1);
        Assert.All(scale.Ticks(), t => Assert.Equal(0, t % 5, 9));
    }

    [Fact]
    public void Format_Numbers_AreInvariantWithSensiblePrecision()
    {
        Assert.Equal("1,234", Format.Number(1234.4));
        Assert.Equal("76.9", Format.Number(76.94));
        Assert.Equal("7.48", Format.Number(7.481));
        Assert.Equal("54.2 (50.1 to 58.3)", Format.WithInterval(54.2, 50.1, 58.3, "to"));
        Assert.Equal("", Format.Csv(null));
    }
}
