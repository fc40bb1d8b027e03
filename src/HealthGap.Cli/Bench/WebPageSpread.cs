using System.Globalization;
using HealthGap.Web;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Addresses of distinct pages, spread the way real traffic spreads: every indicator × area (ICB,
/// sub-ICB, place) × period it has × language, and every place × period × indicator chosen for its
/// trend × language, shuffled with a fixed seed so two runs ask for the same pages in the same order.
/// Asked for once each, no page is ever served from the output cache.
/// </summary>
internal static class WebPageSpread
{
    /// <summary>The page paths (with query strings) for the results in <paramref name="resultsDirectory"/>.</summary>
    public static string[] Paths(string resultsDirectory)
    {
        var indicatorAreaPeriods = new HashSet<(string Indicator, string AreaType, string Area, string Period)>();
        using (var csv = Sylvan.Data.Csv.CsvDataReader.Create(Path.Combine(resultsDirectory, "indicators.csv")))
        {
            int Column(string name) => csv.GetOrdinal(name);
            var (id, start, end, type, code) = (Column("indicator_id"), Column("period_start"), Column("period_end"), Column("area_type"), Column("area_code"));
            while (csv.Read())
            {
                if (csv.GetString(type) != "pcn")
                {
                    indicatorAreaPeriods.Add((csv.GetString(id), csv.GetString(type), csv.GetString(code), csv.GetString(start) + "/" + csv.GetString(end)));
                }
            }
        }

        var paths = new List<string>();
        foreach (var language in HealthGapWebHost.SupportedLanguages)
        {
            foreach (var (indicator, areaType, area, period) in indicatorAreaPeriods)
            {
                var query = $"period={Uri.EscapeDataString(period)}&lang={language}";
                paths.Add($"/indicator/{indicator}?area={area}&{query}");
                if (areaType == "place")
                {
                    paths.Add($"/place/{area}?indicator={indicator}&{query}");
                }
            }
        }

        var shuffled = paths.Distinct(StringComparer.Ordinal).ToArray();
        new Random(17).Shuffle(shuffled);
        return shuffled;
    }

    /// <summary>How many distinct pages, for the report line.</summary>
    public static string Describe(IReadOnlyCollection<string> paths) =>
        string.Create(CultureInfo.InvariantCulture, $"{paths.Count:N0} distinct pages ({paths.Count(p => p.StartsWith("/indicator/", StringComparison.Ordinal)):N0} indicator, {paths.Count(p => p.StartsWith("/place/", StringComparison.Ordinal)):N0} place)");
}
