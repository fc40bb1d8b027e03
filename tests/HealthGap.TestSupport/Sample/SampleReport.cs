using System.Globalization;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.TestSupport.Sample;

/// <summary>
/// Writes the web app's clearly labelled SAMPLE report folder (<c>src/HealthGap.Web/SampleResults</c>)
/// through Core's <see cref="ReportFolder.Write"/>, so the sample has exactly the real report's schema.
/// The figures are invented but plausible: a deprivation gradient, intervals from Core's statistics
/// (Wilson, Dobson) and the report's own inequality summary, tested trends and no-value reasons, every figure through
/// the real <see cref="DisclosureGate"/>. Deterministic:
/// one seed, so writing again gives the same bytes. It lives in test support, not the product, because
/// only tests and <c>healthgap demo</c> use the sample (the web tests check the shipped copy is what it
/// writes now), and test support may call Core's internal report steps rather than copy them.
/// </summary>
public static class SampleReport
{
    /// <summary>The seed of every invented figure.</summary>
    public const int Seed = 20261128;

    /// <summary>The SAMPLE marker file the web app looks for, and its text.</summary>
    public const string MarkerFile = "SAMPLE";

    private const string MarkerText = "These result files are invented SAMPLE figures for tests and demonstrations. They are not from any data.\n";

    private static readonly (string Type, string Code, string Name, double Core20Share)[] Areas =
    [
        ("icb", "QWU", "NHS Coventry and Warwickshire Integrated Care Board", 0.19),
        ("place", "E08000026", "Coventry", 0.30), ("place", "E07000218", "North Warwickshire", 0.15),
        ("place", "E07000219", "Nuneaton and Bedworth", 0.22), ("place", "E07000220", "Rugby", 0.10),
        ("place", "E07000221", "Stratford-on-Avon", 0.04), ("place", "E07000222", "Warwick", 0.06),
        .. new[]
        {
            "Coventry North PCN", "Coventry South PCN", "Coventry East PCN", "Nuneaton PCN",
            "Bedworth PCN", "Rugby PCN", "Stratford PCN", "Warwick and Kenilworth PCN",
        }.Select((name, i) => ("pcn", string.Create(CultureInfo.InvariantCulture, $"U{10000 + (i * 137):00000}"), name, 0.18)),
    ];

    private static readonly DateOnly[] PeriodStarts = [new(2022, 4, 1), new(2023, 4, 1), new(2024, 4, 1)];

    /// <summary>Writes the sample folder: the report's CSV tables, catalogue, policy and metadata, and the SAMPLE marker.</summary>
    public static void Write(string directory) => Write(directory, Build());

    /// <summary>Writes <paramref name="contents"/> as a SAMPLE folder (a test's variant of <see cref="Build"/>).</summary>
    public static void Write(string directory, ReportContents contents)
    {
        ReportFolder.Write(directory, contents, ReportFormats.Csv);
        File.WriteAllText(Path.Combine(directory, MarkerFile), MarkerText);
    }

    /// <summary>The sample's contents, ready for <see cref="ReportFolder.Write"/>.</summary>
    public static ReportContents Build()
    {
        var random = new Random(Seed);
        var rows = new List<IndicatorRow>();
        var inequalities = new List<InequalityRow>();
        foreach (var indicator in SampleIndicator.All)
        {
            for (var year = 0; year < PeriodStarts.Length; year++)
            {
                var start = PeriodStarts[year];
                var period = ReportingPeriod.Ending(indicator.Definition.Period, start.AddYears(1).AddDays(-1));
                foreach (var area in Areas)
                {
                    var figures = new SampleFigures(indicator, year, area.Type, area.Core20Share, random);
                    var published = DisclosureGate.Standard.Apply(new DisclosureTable(indicator.Definition.Id, figures.Cells, []));
                    for (var i = 0; i < published.Cells.Count; i++)
                    {
                        var cell = published.Cells[i];
                        var (breakdown, group) = Split(cell.Id);
                        rows.Add(new IndicatorRow(
                            indicator.Definition.Id, period.Start, period.End, period.Label, area.Type, area.Code, area.Name, breakdown, group,
                            cell, figures.Statistic, figures.Method, NoValueReasons.Of(indicator.Definition, breakdown, cell, figures.Cells[i].Denominator ?? 0)));
                    }

                    if (area.Type != "pcn")
                    {
                        inequalities.Add(InequalityCalculator.Summarise(indicator.Definition, period, (area.Type, area.Code), published, figures.Measures));
                    }
                }
            }
        }

        var links = Areas.Skip(1).Select(a => new AreaLink(a.Type, a.Code, "icb", Areas[0].Code)).ToList();
        var catalogue = SampleIndicator.All.Select(i => CatalogueEntry.Of(i.Definition)).ToList();
        var trends = InequalityTrends.Apply([.. SampleIndicator.All.Select(i => i.Definition)], rows, inequalities);
        return new ReportContents(rows, trends, links, catalogue, DisclosurePolicy.Standard, ReportSource.Sample);
    }

    private static (string Breakdown, string Group) Split(string id)
    {
        var bar = id.IndexOf('|', StringComparison.Ordinal);
        return (id[..bar], id[(bar + 1)..]);
    }
}
