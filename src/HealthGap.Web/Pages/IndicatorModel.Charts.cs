using HealthGap.Web.Charts;
using HealthGap.Web.Geography;
using HealthGap.Web.Results;

namespace HealthGap.Web.Pages;

/// <summary>The funnel plot and map of places for the indicator page.</summary>
internal sealed partial class IndicatorModel
{
    /// <summary>Funnel limits around the ICS value; null without an ICS value.</summary>
    public FunnelLimits? Limits =>
        Definition is not null && IcbTotal is { HasValue: true, Value: { } target }
            ? new FunnelLimits(target, Definition.Multiplier, Definition.Measure.Contains("prop", StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>Places with a value and a denominator, placed against the limits.</summary>
    public IReadOnlyList<(IndicatorValue Place, FunnelPosition Position)> FunnelPlaces =>
        Limits is { } limits
            ? Places.Where(p => p is { HasValue: true, Denominator: > 0 })
                .Select(p => (p, limits.Classify(p.Value!.Value, p.Denominator!.Value))).ToArray()
            : [];

    /// <summary>Places sorted by value, split into up to five bins for the map (darkest = lowest).</summary>
    public IReadOnlyList<(IndicatorValue Place, int Bin)> MapBins
    {
        get
        {
            var ranked = Places.Where(p => p.HasValue).OrderBy(p => p.Value).ToArray();
            var bins = Math.Min(5, ranked.Length);
            return ranked.Select((p, i) => (p, bins == 0 ? 0 : i * bins / ranked.Length)).ToArray();
        }
    }

    public IReadOnlyList<MapLegendEntry> MapLegend(Func<double, double, string> range)
    {
        var bins = MapBins;
        return bins.GroupBy(b => b.Bin).OrderBy(g => g.Key)
            .Select(g => new MapLegendEntry(ChartPalette.Sequential[g.Key], range(g.Min(b => b.Place.Value!.Value), g.Max(b => b.Place.Value!.Value))))
            .ToArray();
    }

    public int? MapBin(MapShape shape)
    {
        foreach (var (place, bin) in MapBins)
        {
            if (place.AreaCode == shape.PlaceCode)
            {
                return bin;
            }
        }

        return null;
    }
}
