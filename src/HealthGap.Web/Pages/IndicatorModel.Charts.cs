using HealthGap.Web.Charts;
using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>The funnel plot and map of places for the indicator page.</summary>
internal sealed partial class IndicatorModel
{
    /// <summary>
    /// Funnel limits around the ICS value; null without an ICS value, and for observed vs expected ratios,
    /// whose spread depends on the expected count rather than the population the funnel is drawn against.
    /// </summary>
    public FunnelLimits? Limits =>
        Definition is { IsObservedVsExpected: false } && IcbTotal is { HasValue: true, Value: { } target }
            ? FunnelLimits.For(Definition, target)
            : null;

    /// <summary>Places with a value and a denominator, placed against the limits.</summary>
    public IReadOnlyList<(IndicatorValue Place, FunnelPosition Position)> FunnelPlaces =>
        Limits is { } limits
            ? Places.Where(p => p is { HasValue: true, Denominator: > 0 })
                .Select(p => (p, limits.Classify(p.Value!.Value, p.Denominator!.Value))).ToArray()
            : [];

    private IReadOnlyList<(IndicatorValue Place, int Bin)>? _mapBins;
    private Dictionary<string, int>? _binByPlace;

    /// <summary>Places with a value, each in one of five equal-width bins from the lowest to the highest value (darkest = lowest).</summary>
    public IReadOnlyList<(IndicatorValue Place, int Bin)> MapBins => _mapBins ??= ComputeMapBins();

    /// <summary>The legend: one entry per bin with its value range.</summary>
    public IReadOnlyList<MapLegendEntry> MapLegend(Func<double, double, string> range)
    {
        var (lo, hi) = BinRange(Places.Where(p => p.HasValue).ToArray());
        var count = hi <= lo ? 1 : MapBinCount;
        var width = (hi - lo) / count;
        return Enumerable.Range(0, count)
            .Select(i => new MapLegendEntry(ChartPalette.Sequential[i], range(lo + (i * width), i == count - 1 ? hi : lo + ((i + 1) * width))))
            .ToArray();
    }

    private const int MapBinCount = 5;

    private static (double Low, double High) BinRange(IReadOnlyList<IndicatorValue> known) =>
        known.Count == 0 ? (0, 0) : (known.Min(p => p.Value!.Value), known.Max(p => p.Value!.Value));

    /// <summary>The bin of a place (by code), or null when that place has no value.</summary>
    public int? MapBin(string placeCode)
    {
        _binByPlace ??= MapBins.DistinctBy(b => b.Place.AreaCode).ToDictionary(b => b.Place.AreaCode, b => b.Bin, StringComparer.Ordinal);
        return _binByPlace.TryGetValue(placeCode, out var bin) ? bin : null;
    }

    private (IndicatorValue Place, int Bin)[] ComputeMapBins()
    {
        var known = Places.Where(p => p.HasValue).OrderByDescending(p => p.Value).ToArray();
        var (lo, hi) = BinRange(known);
        return known.Select(p => (p, hi <= lo ? 0 : Math.Min(MapBinCount - 1, (int)((p.Value!.Value - lo) / (hi - lo) * MapBinCount)))).ToArray();
    }
}
