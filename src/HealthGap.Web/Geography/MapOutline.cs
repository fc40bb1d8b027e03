namespace HealthGap.Web.Geography;

/// <summary>
/// Shapes already fitted to the map's pixel frame, each with its SVG path data. Projecting and
/// simplifying a whole ICB's boundaries is the costly part of a map, and it depends only on the
/// boundaries, so it is done once per ICB (or place) and a page only sorts the paths by colour.
/// </summary>
/// <param name="Shapes">The shapes, in the order of <paramref name="Paths"/>.</param>
/// <param name="Paths">Each shape's path data (absolute move, then relative lines, one decimal).</param>
internal sealed record MapOutline(IReadOnlyList<MapShape> Shapes, IReadOnlyList<string> Paths)
{
    /// <summary>Pixel width of the map frame.</summary>
    public const double Width = 640;

    /// <summary>Pixel height of the map frame (the legend goes below it).</summary>
    public const double Height = 460;

    public static MapOutline Empty { get; } = new([], []);

    public int Count => Shapes.Count;
}
