using HealthGap.Web.Geography;

namespace HealthGap.Web.Charts;

/// <summary>
/// A choropleth of LSOA boundaries drawn on the server from a <see cref="MapOutline"/> (projected,
/// simplified and joined per place and per decile once per ICB). Chunks sharing a colour become one
/// path. The map holds no text: its legend is HTML beside it (<c>_MapLegend</c>), so the legend reads
/// at the page's text size however small the map is drawn.
/// </summary>
internal static class AreaMap
{
    /// <summary>
    /// The map of <paramref name="chunks"/> (<see cref="MapOutline.ByPlace"/> or <see cref="MapOutline.ByDecile"/>);
    /// <paramref name="bin"/> gives a chunk's legend index from its key, or null for no data (grey).
    /// </summary>
    public static MapMarkup Render(string id, string title, string description, IReadOnlyList<MapChunk> chunks,
        Func<string, int?> bin, IReadOnlyList<MapLegendEntry> legend)
    {
        var opening = new SvgBuilder(id, MapOutline.Width, MapOutline.Height, title, description, "hg-chart hg-map").Opening;
        var layers = chunks.GroupBy(c => bin(c.Key) is { } b && b >= 0 && b < legend.Count ? b : -1)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key < 0 ? ChartPalette.Grey : legend[g.Key].Colour, (IReadOnlyList<string>)g.Select(c => c.Paths).ToArray()))
            .ToArray();
        return new MapMarkup(opening, layers);
    }
}
