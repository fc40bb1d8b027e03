using System.Globalization;
using HealthGap.Web.Charts;
using HealthGap.Web.Geography;
using HealthGap.Web.Results;
using Microsoft.Extensions.Localization;

namespace HealthGap.Web.Api;

/// <summary>CSV downloads of the reference-data tables the pages show (population and Core20 share by place, neighbourhoods by IMD decile).</summary>
internal static class ReferenceDownloads
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/download/places.csv", (ResultsProvider results) =>
        {
            var icb = results.Current.Icb is { } area ? ReferenceProvider.FindIcb(area.Code) : null;
            var places = icb is null ? [] : ReferenceProvider.Profile(icb).Places;
            return CsvDownloads.Csv("healthgap-places.csv", ["place_code", "place_name", "lsoas", "population", "core20_population", "core20_share"],
                places.Select(p => new[]
                {
                    p.Code, p.Name, p.LsoaCount.ToString(CultureInfo.InvariantCulture), p.Population.ToString(CultureInfo.InvariantCulture),
                    p.Core20Population.ToString(CultureInfo.InvariantCulture), Format.Csv(p.Core20Share),
                }));
        }).ExcludeFromDescription();
        app.MapGet("/download/place-deciles.csv", (string? area) =>
        {
            var lsoas = ReferenceProvider.Reference.Lsoas.Where(l => string.Equals(l.Lad.Code, area, StringComparison.OrdinalIgnoreCase));
            return CsvDownloads.Csv("healthgap-place-deciles.csv", ["place_code", "imd_decile", "lsoas", "population"],
                lsoas.GroupBy(l => l.ImdDecile).OrderBy(g => g.Key).Select(g => new[]
                {
                    area ?? "", g.Key.ToString(CultureInfo.InvariantCulture), g.Count().ToString(CultureInfo.InvariantCulture),
                    g.Sum(l => l.Population.Total).ToString(CultureInfo.InvariantCulture),
                }));
        }).ExcludeFromDescription();
        app.MapGet("/download/data-use.csv", (IStringLocalizer<SharedResource> t) =>
            CsvDownloads.Csv("healthgap-who-can-see-what.csv", ["who", "what_they_can_see"],
            [
                [t["DataUseWhoPublic"], t["DataUseWhoPublicText"]],
                [t["DataUseWhoAnalyst"], t["DataUseWhoAnalystText"]],
                [t["DataUseWhoCare"], t["DataUseWhoCareText"]],
            ])).ExcludeFromDescription();
    }
}
