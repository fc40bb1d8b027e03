using System.Text.Json;
using HealthGap.Core.Disclosure;

namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>
/// The report folder format, in one place: its file names, its typed tables and its format version,
/// and the only code that writes it (<see cref="Write"/>) and reads it (<see cref="ReadCatalogue"/>,
/// <see cref="ReadPolicy"/>, <see cref="ReadSource"/>, <see cref="ReportTableReader"/>). The CLI's
/// <c>healthgap report</c>, the web app and its SAMPLE data all go through it. Hidden figures are
/// <c>[c]</c> in CSV and null (with <c>suppressed: true</c>) in JSON and Parquet, never 0; every row
/// without a value says why in <c>hidden_reason</c>. It does not compute or gate a figure.
/// </summary>
public static partial class ReportFolder
{
    /// <summary>The version of the format written, in metadata.json's <c>format_version</c>; readers accept folders without one (version 0). Version 2 added <c>pooled_years</c> to indicators, PAR, the Core20 difference and tested trends to inequalities, and adjusted.*.</summary>
    public const int FormatVersion = 2;

    /// <summary>catalogue.json: what each indicator means.</summary>
    public const string CatalogueFile = "catalogue.json";

    /// <summary>policy.json: the disclosure policy the figures passed.</summary>
    public const string PolicyFile = "policy.json";

    /// <summary>metadata.json: what the figures were computed from, and the format version.</summary>
    public const string MetadataFile = "metadata.json";

    /// <summary>indicators.csv/.json/.parquet: one row per indicator × period × area × breakdown group.</summary>
    public static readonly ReportTable Indicators = new("indicators",
    [
        T("indicator_id"), D("period_start"), D("period_end"), I("pooled_years"), T("area_type"),
        T("area_code"), T("area_name"), T("breakdown"), T("group"),
        I("numerator"), I("denominator"), N("value"), N("lowercl"), N("uppercl"),
        T("statistic"), T("method"), F("suppressed"), T("hidden_reason"),
    ]);

    /// <summary>
    /// inequalities.csv/.json/.parquet: the inequality summary per indicator × period × area (version 2 added
    /// the PAR, the Core20 difference, why a summary is missing, and the tested trends in place of <c>trend</c>).
    /// </summary>
    public static readonly ReportTable Inequalities = new("inequalities",
    [
        T("indicator_id"), T("period"), T("area_type"), T("area_code"),
        N("sii"), N("sii_lowercl"), N("sii_uppercl"), N("rii"), N("rii_lowercl"), N("rii_uppercl"),
        N("gap_absolute"), N("gap_relative"), N("core20_ratio"), N("core20_ratio_lowercl"),
        N("core20_ratio_uppercl"), T("sii_quantiles"),
        N("par"), N("par_lowercl"), N("par_uppercl"), N("par_percent"), N("par_percent_lowercl"), N("par_percent_uppercl"),
        T("deprivation_hidden_reason"),
        N("core20_difference"), N("core20_difference_lowercl"), N("core20_difference_uppercl"), T("core20_hidden_reason"),
        T("gap_trend"), T("gap_trend_since"), N("gap_trend_p"), T("value_trend"), T("value_trend_method"), N("value_trend_p"),
    ]);

    /// <summary>
    /// adjusted.csv/.json/.parquet: each group of a breakdown adjusted for deprivation, compared with its area after indirect
    /// standardisation for IMD quintile, age band and sex (observed, expected to 1 decimal, ratio and 95% limits), beside the crude rate ratio.
    /// </summary>
    public static readonly ReportTable Adjusted = new("adjusted",
    [
        T("indicator_id"), D("period_start"), D("period_end"), T("area_type"),
        T("area_code"), T("area_name"), T("breakdown"), T("group"),
        I("observed"), N("expected"), N("ratio"), N("lowercl"), N("uppercl"), N("crude_ratio"),
        T("method"), F("suppressed"), T("hidden_reason"),
    ]);

    /// <summary>areas.csv: which reported area nests in which (public geography), for <c>healthgap disclosure audit</c>.</summary>
    public static readonly ReportTable Areas = new("areas",
        [T("child_type"), T("child_code"), T("parent_type"), T("parent_code")]);

    private static ReportColumn T(string name) => new(name, ReportColumnType.Text);

    private static ReportColumn I(string name) => new(name, ReportColumnType.WholeNumber);

    private static ReportColumn N(string name) => new(name, ReportColumnType.Number);

    private static ReportColumn F(string name) => new(name, ReportColumnType.Flag);

    private static ReportColumn D(string name) => new(name, ReportColumnType.Date);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// Writes the folder (created if missing): each table once, straight from the records, CSV, JSON and
    /// Parquet side by side on separate threads (<paramref name="formats"/> picks which of the three), then
    /// areas.csv, catalogue.json, policy.json and metadata.json.
    /// </summary>
    public static void Write(string directory, ReportContents contents, ReportFormats formats = ReportFormats.All)
    {
        Directory.CreateDirectory(directory);
        var jobs = new List<Action>();
        void Table<T>(ReportTable table, IReadOnlyList<T> records, Action<T, ReportTableWriter> row)
        {
            if (formats.HasFlag(ReportFormats.Csv))
            {
                jobs.Add(() => WriteAll(new CsvTableWriter(table, Path.Combine(directory, table.CsvFile)), records, row));
            }

            if (formats.HasFlag(ReportFormats.Json))
            {
                jobs.Add(() => WriteAll(new JsonTableWriter(table, Path.Combine(directory, table.JsonFile)), records, row));
            }

            if (formats.HasFlag(ReportFormats.Parquet))
            {
                jobs.Add(() => WriteAll(new ParquetTableWriter(table, Path.Combine(directory, table.ParquetFile)), records, row));
            }
        }

        Table(Indicators, contents.Rows, ReportRows.Indicator);
        Table(Inequalities, contents.Inequalities, ReportRows.Inequality);
        Table(Adjusted, contents.Adjusted, ReportRows.Adjusted);
        jobs.Add(() => WriteAll(new CsvTableWriter(Areas, Path.Combine(directory, Areas.CsvFile)), contents.Links, ReportRows.Area));
        Parallel.Invoke(jobs.ToArray());
        File.WriteAllText(Path.Combine(directory, CatalogueFile), JsonSerializer.Serialize(contents.Catalogue.Select(CatalogueJson), Indented));
        File.WriteAllText(Path.Combine(directory, PolicyFile), JsonSerializer.Serialize(PolicyJson(contents.Policy), Indented));
        File.WriteAllText(Path.Combine(directory, MetadataFile), JsonSerializer.Serialize(MetadataJson(contents.Source), Indented));
    }

    /// <summary>
    /// A writer of <paramref name="table"/> as CSV to <paramref name="writer"/> (left open), cell by cell:
    /// the same header, quoting (<see cref="Export.CsvField"/>) and number format as the report's own CSV
    /// files, for anything that writes report rows elsewhere (the web app's downloads).
    /// </summary>
    public static ReportTableWriter CsvWriter(TextWriter writer, ReportTable table) => new CsvTableWriter(table, writer);

    private static void WriteAll<T>(ReportTableWriter writer, IReadOnlyList<T> records, Action<T, ReportTableWriter> row)
    {
        using (writer)
        {
            foreach (var record in records)
            {
                row(record, writer);
            }
        }
    }

    private static Dictionary<string, object?> CatalogueJson(CatalogueEntry d) => new()
    {
        ["id"] = d.Id, ["title"] = d.Title, ["description"] = d.Description, ["rationale"] = d.Rationale, ["source"] = d.Source,
        ["measure"] = d.MeasureName, ["multiplier"] = d.Multiplier, ["polarity"] = d.PolarityName,
        ["period"] = d.Period?.ToString(), ["denominator"] = d.DenominatorName,
        ["target"] = d.Target is null ? null : new Dictionary<string, object> { ["value"] = d.Target.Value, ["source"] = d.Target.Source, ["year"] = d.Target.Year },
    };

    private static Dictionary<string, object> PolicyJson(DisclosurePolicy policy) => new()
    {
        ["name"] = policy.Name, ["version"] = policy.Version, ["label"] = policy.Label, ["marker"] = DisclosureGate.Marker,
        ["smallest_published_count"] = policy.SmallestPublishedCount, ["round_to"] = policy.RoundTo,
    };

    private static Dictionary<string, object> MetadataJson(ReportSource source) => new()
    {
        ["data_source"] = source.ToString().ToLowerInvariant(),
        ["synthetic"] = source == ReportSource.Synthetic,
        ["about"] = source switch
        {
            ReportSource.Synthetic => "Computed from synthetic extracts made by healthgap synth (truth.json beside them): every person is invented. Not about any real population.",
            ReportSource.Sample => "Invented SAMPLE figures (see the SAMPLE file); not computed from any data.",
            _ => "Computed from the extracts loaded into the store.",
        },
        ["format_version"] = FormatVersion,
    };
}
