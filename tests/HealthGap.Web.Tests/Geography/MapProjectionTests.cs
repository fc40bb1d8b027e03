using System.Globalization;
using System.Text.RegularExpressions;
using HealthGap.Web.Charts;
using HealthGap.Web.Geography;

namespace HealthGap.Web.Tests.Geography;

public sealed partial class MapProjectionTests
{
    [Fact]
    public void Outline_TwoSquares_FitTheFrameWithRelativeSteps()
    {
        MapShape[] shapes =
        [
            new("E01000001", "E08000026", 1, [[0, 0, 1, 0, 1, 1, 0, 1, 0, 0]]),
            new("E01000002", "E08000026", 10, [[1, 0, 2, 0, 2, 1, 1, 1, 1, 0]]),
        ];

        var outline = MapProjection.Outline(shapes);

        Assert.Equal(2, outline.Count);
        Assert.Equal("M4 320l316 0 0-316-316 0 0 316z", outline.Paths[0]);
        var (x, y) = EndPoint(outline.Paths[1]);
        Assert.InRange(x, 0, MapOutline.Width);
        Assert.InRange(y, 0, MapOutline.Height);
    }

    [Fact]
    public void Outline_PointsCloserThanTheMinimumStep_AreDropped()
    {
        MapShape[] shapes = [new("E01000001", "E08000026", 1, [[0, 0, 1000, 0, 1000.1, 0.1, 1000, 1000, 0, 1000, 0, 0]])];

        var outline = MapProjection.Outline(shapes);

        // The move and four steps: the point a tenth of a unit (0.05 px) from the corner is gone.
        Assert.Equal(10, NumberPattern().Count(outline.Paths[0]));
    }

    [Fact]
    public void AreaMap_ShapesBinned_OnePathPerColourPlusNoDataAndNoText()
    {
        MapShape[] shapes =
        [
            new("E01000001", "A", 1, [[0, 0, 1, 0, 1, 1, 0, 0]]),
            new("E01000002", "B", 1, [[1, 0, 2, 0, 2, 1, 1, 0]]),
            new("E01000003", "C", 1, [[2, 0, 3, 0, 3, 1, 2, 0]]),
        ];
        MapLegendEntry[] legend = [new(ChartPalette.Sequential[0], "low"), new(ChartPalette.Sequential[1], "high")];

        var svg = AreaMap.Render("m", "Map", "Desc", MapProjection.Outline(shapes).ByPlace, place => place switch { "A" => 0, "B" => 0, _ => null }, legend).ToString();

        Assert.Equal(2, svg.Split("class=\"hg-map-area\"").Length - 1);
        Assert.EndsWith("</svg>", svg, StringComparison.Ordinal);
        Assert.Contains($"fill=\"{ChartPalette.Grey}\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"m-title\">Map</title>", svg, StringComparison.Ordinal);
        // The legend is HTML beside the map, so it never shrinks with the drawing.
        Assert.DoesNotContain("<text", svg, StringComparison.Ordinal);
    }

    /// <summary>Where a path with one absolute move and relative steps ends.</summary>
    private static (double X, double Y) EndPoint(string path)
    {
        var numbers = NumberPattern().Matches(path).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        var (x, y) = (numbers[0], numbers[1]);
        for (var i = 2; i + 1 < numbers.Length; i += 2)
        {
            (x, y) = (x + numbers[i], y + numbers[i + 1]);
        }

        return (x, y);
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
