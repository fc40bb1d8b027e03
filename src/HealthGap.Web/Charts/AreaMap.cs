using System.Text;
using HealthGap.Web.Geography;

namespace HealthGap.Web.Charts;

/// <summary>
/// A choropleth of LSOA boundaries drawn on the server. Shapes sharing a colour become one path, and
/// points closer than half a pixel are dropped, which keeps a whole ICB map to tens of kilobytes.
/// </summary>
internal static class AreaMap
{
    private const double Width = 640;
    private const double MapHeight = 460;
    private const double LegendRow = 22;

    /// <summary>Renders the shapes; <paramref name="bin"/> gives each shape's legend index, or null for no data (hatched grey).</summary>
    public static string Render(string id, string title, string description, IReadOnlyList<MapShape> shapes,
        Func<MapShape, int?> bin, IReadOnlyList<MapLegendEntry> legend, string noDataLabel)
    {
        var height = MapHeight + 12 + (legend.Count + 1) * LegendRow;
        var svg = new SvgBuilder(id, Width, height, title, description);
        if (shapes.Count == 0)
        {
            return svg.ToString();
        }

        var xs = shapes.SelectMany(s => s.Rings).SelectMany(r => r.Where((_, i) => i % 2 == 0)).ToArray();
        var ys = shapes.SelectMany(s => s.Rings).SelectMany(r => r.Where((_, i) => i % 2 == 1)).ToArray();
        var (minX, maxX, minY, maxY) = (xs.Min(), xs.Max(), ys.Min(), ys.Max());
        var scale = Math.Min((Width - 8) / (maxX - minX), (MapHeight - 8) / (maxY - minY));
        var offsetX = (Width - (maxX - minX) * scale) / 2;
        var paths = new Dictionary<int, StringBuilder>();
        foreach (var shape in shapes)
        {
            var key = bin(shape) ?? -1;
            if (!paths.TryGetValue(key, out var path))
            {
                paths[key] = path = new StringBuilder();
            }

            foreach (var ring in shape.Rings)
            {
                AppendRing(path, ring, p => (offsetX + (p.X - minX) * scale, 4 + (maxY - p.Y) * scale));
            }
        }

        foreach (var (key, path) in paths.OrderBy(p => p.Key))
        {
            var fill = key >= 0 && key < legend.Count ? legend[key].Colour : ChartPalette.Grey;
            svg.Raw($"<path d=\"{path}\" fill=\"{fill}\" stroke=\"{fill}\" class=\"hg-map-area\"/>");
        }

        var entries = legend.Append(new MapLegendEntry(ChartPalette.Grey, noDataLabel)).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var y = MapHeight + 12 + i * LegendRow;
            svg.Rect(8, y, 18, 14, entries[i].Colour, "hg-legend-key");
            svg.Text(34, y + 12, entries[i].Label, "hg-label");
        }

        return svg.ToString();
    }

    private static void AppendRing(StringBuilder path, double[] ring, Func<(double X, double Y), (double X, double Y)> project)
    {
        var (lastX, lastY) = (double.NaN, double.NaN);
        var count = 0;
        for (var i = 0; i + 1 < ring.Length; i += 2)
        {
            var (x, y) = project((ring[i], ring[i + 1]));
            if (count > 0 && Math.Abs(x - lastX) < 0.6 && Math.Abs(y - lastY) < 0.6)
            {
                continue;
            }

            path.Append(count == 0 ? 'M' : 'L').Append(SvgBuilder.N(x)).Append(' ').Append(SvgBuilder.N(y));
            (lastX, lastY) = (x, y);
            count++;
        }

        if (count > 0)
        {
            path.Append('Z');
        }
    }
}
