using System.Text;
using HealthGap.Web.Geography;

namespace HealthGap.Web.Charts;

/// <summary>
/// A choropleth of LSOA boundaries drawn on the server from a <see cref="MapOutline"/> (projected and
/// simplified once per ICB). Shapes sharing a colour become one path, so a page only sorts the
/// ready-made path data by colour.
/// </summary>
internal static class AreaMap
{
    private const double LegendRow = 22;

    /// <summary>Renders the shapes; <paramref name="bin"/> gives each shape's legend index, or null for no data (hatched grey).</summary>
    public static string Render(string id, string title, string description, MapOutline outline,
        Func<MapShape, int?> bin, IReadOnlyList<MapLegendEntry> legend, string noDataLabel)
    {
        var height = MapOutline.Height + 12 + (legend.Count + 1) * LegendRow;
        var svg = new SvgBuilder(id, MapOutline.Width, height, title, description);
        if (outline.Count == 0)
        {
            return svg.ToString();
        }

        var paths = new SortedDictionary<int, StringBuilder>();
        for (var i = 0; i < outline.Count; i++)
        {
            var key = bin(outline.Shapes[i]) ?? -1;
            if (!paths.TryGetValue(key, out var path))
            {
                paths[key] = path = new StringBuilder();
            }

            path.Append(outline.Paths[i]);
        }

        foreach (var (key, path) in paths)
        {
            var fill = key >= 0 && key < legend.Count ? legend[key].Colour : ChartPalette.Grey;
            svg.Raw($"<path d=\"{path}\" fill=\"{fill}\" stroke=\"{fill}\" class=\"hg-map-area\"/>");
        }

        var entries = legend.Append(new MapLegendEntry(ChartPalette.Grey, noDataLabel)).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var y = MapOutline.Height + 12 + i * LegendRow;
            svg.Rect(8, y, 18, 14, entries[i].Colour, "hg-legend-key");
            svg.Text(34, y + 12, entries[i].Label, "hg-label");
        }

        return svg.ToString();
    }
}
