using System.Globalization;

namespace HealthGap.Web.Geography;

/// <summary>
/// Shapes already fitted to the map's pixel frame, each with its SVG path data. Projecting and
/// simplifying a whole ICB's boundaries is the costly part of a map, and it depends only on the
/// boundaries, so it is done once per ICB (or place). A map colours whole places (or whole deciles),
/// so the paths are also kept joined per place and per decile: a page then writes a few ready-made
/// strings instead of building a 100 KB one.
/// </summary>
/// <param name="Shapes">The shapes, in the order of <paramref name="Paths"/>.</param>
/// <param name="Paths">Each shape's path data (absolute move, then relative lines, one decimal).</param>
internal sealed record MapOutline(IReadOnlyList<MapShape> Shapes, IReadOnlyList<string> Paths)
{
    /// <summary>Pixel width of the map frame.</summary>
    public const double Width = 640;

    /// <summary>Pixel height of the map frame.</summary>
    public const double Height = 460;

    private IReadOnlyList<MapChunk>? _byPlace;
    private IReadOnlyList<MapChunk>? _byDecile;

    public static MapOutline Empty { get; } = new([], []);

    public int Count => Shapes.Count;

    /// <summary>The paths joined per place (keyed by place code), places in the order they first appear.</summary>
    public IReadOnlyList<MapChunk> ByPlace => _byPlace ??= Join(s => s.PlaceCode);

    /// <summary>The paths joined per national IMD decile (keyed "1" to "10").</summary>
    public IReadOnlyList<MapChunk> ByDecile => _byDecile ??= Join(s => s.ImdDecile.ToString(CultureInfo.InvariantCulture));

    private MapChunk[] Join(Func<MapShape, string> key) =>
        Shapes.Select((shape, i) => (Key: key(shape), Path: Paths[i]))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => new MapChunk(g.Key, string.Concat(g.Select(x => x.Path))))
            .ToArray();
}
