using System.Collections.Concurrent;
using System.Text.Json;

namespace HealthGap.Web.Geography;

/// <summary>
/// LSOA boundaries for one ICB, read from the shipped <c>reference/lsoa11_boundaries_england.geojson</c>
/// (ONS, OGL) the first time a map of that ICB is drawn, then kept. Coordinates are projected with
/// a simple equirectangular projection scaled by cos(latitude), plenty for an ICB-sized map.
/// </summary>
internal sealed class BoundaryStore
{
    public const string LsoaBoundaryFile = "lsoa11_boundaries_england.geojson";

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<MapShape>>> _cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string Icb, string Place), Lazy<MapOutline>> _outlines = new();

    /// <summary>The LSOA shapes of an ICB (ODS or GSS code); empty when the ICB or the boundary file is unknown.</summary>
    public IReadOnlyList<MapShape> ForIcb(string icbCode) =>
        _cache.GetOrAdd(icbCode, code => new Lazy<IReadOnlyList<MapShape>>(() => Load(code))).Value;

    /// <summary>
    /// The ICB's LSOAs (or only those of one place) fitted to the map frame, projected and simplified
    /// once and then kept: the boundaries never change while the app runs.
    /// </summary>
    public MapOutline Outline(string icbCode, string? placeCode = null) =>
        _outlines.GetOrAdd((icbCode.ToUpperInvariant(), placeCode?.ToUpperInvariant() ?? ""), key => new Lazy<MapOutline>(() =>
            MapProjection.Outline(key.Place.Length == 0
                ? ForIcb(key.Icb)
                : ForIcb(key.Icb).Where(s => string.Equals(s.PlaceCode, key.Place, StringComparison.OrdinalIgnoreCase)).ToArray()))).Value;

    private static IReadOnlyList<MapShape> Load(string icbCode)
    {
        var icb = ReferenceProvider.FindIcb(icbCode);
        var path = Path.Combine(ReferenceProvider.Reference.Directory, LsoaBoundaryFile);
        if (icb is null || !File.Exists(path))
        {
            return [];
        }

        var lsoas = ReferenceProvider.Reference.Lsoas.Where(l => l.Icb == icb).ToDictionary(l => l.Code, StringComparer.Ordinal);
        var cosLat = Math.Cos(52.5 * Math.PI / 180);
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var shapes = new List<MapShape>(lsoas.Count);
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var code = feature.GetProperty("properties").GetProperty("lsoa11cd").GetString();
            if (code is null || !lsoas.TryGetValue(code, out var lsoa))
            {
                continue;
            }

            shapes.Add(new MapShape(code, lsoa.Lad.Code, lsoa.ImdDecile, Rings(feature.GetProperty("geometry"), cosLat)));
        }

        return shapes;
    }

    private static List<double[]> Rings(JsonElement geometry, double cosLat)
    {
        var rings = new List<double[]>();
        var type = geometry.GetProperty("type").GetString();
        var coordinates = geometry.GetProperty("coordinates");
        var polygons = type == "Polygon" ? [coordinates] : coordinates.EnumerateArray().ToArray();
        foreach (var polygon in polygons)
        {
            foreach (var ring in polygon.EnumerateArray())
            {
                var points = new List<double>();
                foreach (var point in ring.EnumerateArray())
                {
                    points.Add(point[0].GetDouble() * cosLat);
                    points.Add(point[1].GetDouble());
                }

                rings.Add([.. points]);
            }
        }

        return rings;
    }
}
