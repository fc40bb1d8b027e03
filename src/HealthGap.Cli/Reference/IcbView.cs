using HealthGap.Cli.Output;
using HealthGap.Core.Reference;
using Spectre.Console;

namespace HealthGap.Cli.Reference;

/// <summary>Prints an ICB's geography and national-deprivation profile.</summary>
internal static class IcbView
{
    private static readonly string[] AreaColumns =
    [
        "area_type", "code", "ods_code", "name", "lsoas", "population", "core20_population", "core20_share",
    ];

    public static void Write(IcbProfile profile, OutputFormat format, TextWriter output)
    {
        var areas = Areas(profile);
        var deprivation = DeprivationTable(profile);
        switch (format)
        {
            case OutputFormat.Csv:
                areas.WriteCsv(output);
                break;
            case OutputFormat.Json:
                ResultTable.WriteJson(output, new
                {
                    icb = new { ods_code = profile.Icb.OdsCode, code = profile.Icb.Code, name = profile.Icb.Name },
                    region = profile.Region.Name,
                    lsoas = profile.Lsoas.Count,
                    population = profile.Population,
                    core20_population = profile.Core20Population,
                    core20_share = Math.Round(profile.Core20Share, 4),
                    population_by_national_quintile = profile.PopulationByQuintile,
                    population_by_national_decile = profile.PopulationByDecile,
                    lsoas_by_national_decile = profile.LsoasByDecile,
                    places = areas.AsTypedObjects().Where(a => a["area_type"]?.GetValue<string>() == "place"),
                    sub_icbs = areas.AsTypedObjects().Where(a => a["area_type"]?.GetValue<string>() == "sub_icb"),
                });
                break;
            default:
                var console = ResultTable.Console(output);
                console.MarkupLineInterpolated(
                    $"[bold]{profile.Icb.Name}[/] ({profile.Icb.OdsCode}, {profile.Icb.Code}), {profile.Region.Name}");
                console.MarkupLineInterpolated(
                    $"{profile.Lsoas.Count:N0} LSOAs, population {profile.Population:N0} (mid-2015); [bold]{ResultTable.Number(100 * profile.Core20Share, 1)}%[/] live in Core20 (national IMD deciles 1–2).");
                console.MarkupLine("[grey]Full tables: --format csv or --format json. LSOAs: --lsoas.[/]");
                deprivation.WriteTable(output);
                Compact(areas).WriteTable(output);
                break;
        }
    }

    public static void WriteLsoas(IcbProfile profile, OutputFormat format, TextWriter output)
    {
        var table = new ResultTable(
            $"LSOAs of {profile.Icb.Name}",
            ["lsoa11cd", "lsoa11nm", "imd_score", "imd_rank", "imd_decile", "imd_quintile", "core20", "lad22nm", "sicbl22cdh", "population_mid2015"],
            profile.Lsoas.Select(l => (IReadOnlyList<string?>)
            [
                l.Code, l.Name, ResultTable.Number(l.ImdScore, 3), ResultTable.Number(l.ImdRank), ResultTable.Number(l.ImdDecile),
                ResultTable.Number(l.ImdQuintile), l.Core20 ? "yes" : "no", l.Lad.Name, l.SubIcb.OdsCode, ResultTable.Number(l.Population.Total),
            ]).ToArray());
        switch (format)
        {
            case OutputFormat.Csv:
                table.WriteCsv(output);
                break;
            case OutputFormat.Json:
                ResultTable.WriteJson(output, table.AsTypedObjects());
                break;
            default:
                table.WriteTable(output);
                break;
        }
    }

    private static ResultTable DeprivationTable(IcbProfile profile)
    {
        var total = Math.Max(1, profile.Population);
        return new ResultTable(
            "Population by national IMD quintile",
            ["quintile", "population", "share"],
            profile.PopulationByQuintile.Select((p, i) => (IReadOnlyList<string?>)
            [
                i switch { 0 => "1 (most deprived)", 4 => "5 (least deprived)", _ => ResultTable.Number(i + 1) },
                ResultTable.Number(p),
                ResultTable.Number(100.0 * p / total, 1) + "%",
            ]).ToArray());
    }

    /// <summary>The areas table narrowed to what fits a terminal.</summary>
    private static ResultTable Compact(ResultTable areas) => new(
        areas.Title,
        ["type", "code", "name", "LSOAs", "population", "Core20"],
        areas.Rows.Select(r => (IReadOnlyList<string?>)
        [
            r[0], r[2] ?? r[1], ShortName(r[3]!), r[4], r[5],
            ResultTable.Number(100 * double.Parse(r[7]!, System.Globalization.CultureInfo.InvariantCulture), 1) + "%",
        ]).ToArray());

    private static string ShortName(string name) =>
        name.Replace("NHS ", string.Empty, StringComparison.Ordinal).Replace(" Integrated Care Board", " ICB", StringComparison.Ordinal);

    private static ResultTable Areas(IcbProfile profile)
    {
        var icb = new AreaProfile(profile.Icb.Code, profile.Icb.OdsCode, profile.Icb.Name, profile.Lsoas.Count, profile.Population, profile.Core20Population);
        var rows = new[] { ("icb", icb) }
            .Concat(profile.Places.Select(p => ("place", p)))
            .Concat(profile.SubIcbs.Select(s => ("sub_icb", s)))
            .Select(x => (IReadOnlyList<string?>)
            [
                x.Item1, x.Item2.Code, x.Item2.OdsCode, x.Item2.Name, ResultTable.Number(x.Item2.LsoaCount),
                ResultTable.Number(x.Item2.Population), ResultTable.Number(x.Item2.Core20Population),
                ResultTable.Number(x.Item2.Core20Share, 4),
            ])
            .ToArray();
        return new ResultTable("Places (LADs) and sub-ICBs", AreaColumns, rows);
    }
}
