using HealthGap.Cli.Output;
using HealthGap.Core.Reference;

namespace HealthGap.Cli.Reference;

/// <summary>Prints one LSOA's reference record.</summary>
internal static class LsoaView
{
    public static void Write(Lsoa lsoa, OutputFormat format, TextWriter output)
    {
        var fields = Fields(lsoa);
        switch (format)
        {
            case OutputFormat.Csv:
                new ResultTable(lsoa.Code, fields.Select(f => f.Name).ToArray(), [fields.Select(f => (string?)f.Value).ToArray()]).WriteCsv(output);
                break;
            case OutputFormat.Json:
                ResultTable.WriteJson(output, fields.ToDictionary(f => f.Name, f => ResultTable.JsonValueOf(f.Value)));
                break;
            default:
                new ResultTable($"{lsoa.Code} {lsoa.Name}", ["field", "value"], fields.Select(f => (IReadOnlyList<string?>)[f.Label, f.Value]).ToArray())
                    .WriteTable(output);
                break;
        }
    }

    private static (string Name, string Label, string Value)[] Fields(Lsoa l) =>
    [
        ("lsoa11cd", "LSOA code", l.Code),
        ("lsoa11nm", "LSOA name", l.Name),
        ("imd_score", "IMD 2019 score", ResultTable.Number(l.ImdScore, 3)),
        ("imd_rank", "National rank (1 = most deprived of 32,844)", ResultTable.Number(l.ImdRank)),
        ("imd_decile", "National IMD decile (1 = most deprived)", ResultTable.Number(l.ImdDecile)),
        ("imd_quintile", "National IMD quintile (1 = most deprived)", ResultTable.Number(l.ImdQuintile)),
        ("core20", "Core20 (national deciles 1–2)", l.Core20 ? "yes" : "no"),
        ("income_decile", "Income domain decile", ResultTable.Number(l.Domains.Income)),
        ("employment_decile", "Employment domain decile", ResultTable.Number(l.Domains.Employment)),
        ("education_decile", "Education, skills and training decile", ResultTable.Number(l.Domains.Education)),
        ("health_decile", "Health deprivation and disability decile", ResultTable.Number(l.Domains.Health)),
        ("crime_decile", "Crime domain decile", ResultTable.Number(l.Domains.Crime)),
        ("barriers_decile", "Barriers to housing and services decile", ResultTable.Number(l.Domains.Barriers)),
        ("living_env_decile", "Living environment decile", ResultTable.Number(l.Domains.LivingEnvironment)),
        ("population_mid2015", "Population (mid-2015)", ResultTable.Number(l.Population.Total)),
        ("lad22cd", "Place (LAD 2022) code", l.Lad.Code),
        ("lad22nm", "Place (LAD 2022)", l.Lad.Name),
        ("sicbl22cdh", "Sub-ICB ODS code", l.SubIcb.OdsCode),
        ("sicbl22nm", "Sub-ICB", l.SubIcb.Name),
        ("icb22cdh", "ICB ODS code", l.Icb.OdsCode),
        ("icb22cd", "ICB GSS code", l.Icb.Code),
        ("icb22nm", "ICB", l.Icb.Name),
        ("nhser22nm", "NHS England region", l.Region.Name),
    ];
}
