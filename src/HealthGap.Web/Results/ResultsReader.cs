using System.Text.Json;
using Sylvan.Data.Csv;

namespace HealthGap.Web.Results;

/// <summary>
/// Reads the files <c>healthgap report</c> writes (indicators.csv, inequalities.csv, catalogue.json,
/// policy.json). It trusts that the figures passed the disclosure gate and never recomputes them;
/// it only checks the shape and says which file, line and column is wrong.
/// </summary>
internal static partial class ResultsReader
{
    public const string IndicatorsFile = "indicators.csv";
    public const string InequalitiesFile = "inequalities.csv";
    public const string CatalogueFile = "catalogue.json";
    public const string PolicyFile = "policy.json";
    public const string SampleMarkerFile = "SAMPLE";
    public const string MetadataFile = "metadata.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads a results folder; a missing folder or file gives an empty set, a damaged one throws <see cref="ResultsException"/>.</summary>
    public static ResultSet Read(string directory)
    {
        var indicatorsPath = Path.Combine(directory, IndicatorsFile);
        if (!File.Exists(indicatorsPath))
        {
            return ResultSet.Empty(directory);
        }

        var values = ReadCsv(indicatorsPath, ReadValue);
        var inequalitiesPath = Path.Combine(directory, InequalitiesFile);
        var inequalities = File.Exists(inequalitiesPath) ? ReadCsv(inequalitiesPath, ReadInequality) : [];
        var catalogue = ReadCatalogue(Path.Combine(directory, CatalogueFile));
        var policy = ReadPolicy(Path.Combine(directory, PolicyFile));
        var source = File.Exists(Path.Combine(directory, SampleMarkerFile)) ? DataSource.Sample : ReadDataSource(Path.Combine(directory, MetadataFile));
        return new ResultSet(directory, values, inequalities, catalogue, policy, source);
    }

    private static List<T> ReadCsv<T>(string path, Func<Row, T> read)
    {
        using var csv = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        var row = new Row(csv, Path.GetFileName(path));
        var list = new List<T>();
        while (csv.Read())
        {
            row.Line++;
            list.Add(read(row));
        }

        return list;
    }

    private static IndicatorValue ReadValue(Row r) => new()
    {
        IndicatorId = r.Text("indicator_id"),
        Period = r.Period("period_start", "period_end"),
        AreaType = r.Text("area_type"),
        AreaCode = r.Text("area_code"),
        AreaName = r.Text("area_name"),
        Breakdown = r.Text("breakdown"),
        Group = r.Text("group"),
        Numerator = r.Number("numerator"),
        Denominator = r.Number("denominator"),
        Value = r.Number("value"),
        LowerCl = r.Number("lowercl"),
        UpperCl = r.Number("uppercl"),
        Statistic = r.Text("statistic"),
        Method = r.Text("method"),
        Suppressed = r.Flag("suppressed"),
        HiddenReason = r.OptionalText("hidden_reason"),
    };

    private static InequalitySummary ReadInequality(Row r) => new()
    {
        IndicatorId = r.Text("indicator_id"),
        Period = r.Text("period"),
        AreaType = r.Text("area_type"),
        AreaCode = r.Text("area_code"),
        Sii = r.Number("sii"),
        SiiLowerCl = r.Number("sii_lowercl"),
        SiiUpperCl = r.Number("sii_uppercl"),
        Rii = r.Number("rii"),
        RiiLowerCl = r.Number("rii_lowercl"),
        RiiUpperCl = r.Number("rii_uppercl"),
        GapAbsolute = r.Number("gap_absolute"),
        GapRelative = r.Number("gap_relative"),
        Core20Ratio = r.Number("core20_ratio"),
        Core20RatioLowerCl = r.Number("core20_ratio_lowercl"),
        Core20RatioUpperCl = r.Number("core20_ratio_uppercl"),
    };

    private static T? ReadJson<T>(string path)
    {
        if (!File.Exists(path))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new ResultsException($"{Path.GetFileName(path)}: not valid JSON ({ex.Message}). Re-run `healthgap report`.");
        }
    }

    /// <summary>Reads catalogue.json; a target may be a number or an object with a <c>value</c> (and its source and year).</summary>
    private static List<IndicatorDefinition> ReadCatalogue(string path)
    {
        using var doc = ReadJson<JsonDocument>(path);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        static string Text(JsonElement e, string name) =>
            e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() ?? "" : "";
        static double? Number(JsonElement e, string name) =>
            !e.TryGetProperty(name, out var p) ? null
            : p.ValueKind == JsonValueKind.Number ? p.GetDouble()
            : p.ValueKind == JsonValueKind.Object && p.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble()
            : null;
        return doc.RootElement.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.Object && Text(e, "id").Length > 0)
            .Select(e => new IndicatorDefinition(
                Text(e, "id"), Text(e, "title"), Text(e, "description"), Text(e, "rationale"), Text(e, "source"),
                Text(e, "measure"), Number(e, "multiplier") ?? 1, Text(e, "polarity"), Number(e, "target")))
            .ToList();
    }

    /// <summary>metadata.json's <c>data_source</c> (or its <c>synthetic</c> flag); Unknown when the report did not write one.</summary>
    private static DataSource ReadDataSource(string path)
    {
        using var doc = ReadJson<JsonDocument>(path);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return DataSource.Unknown;
        }

        var root = doc.RootElement;
        if (root.TryGetProperty("synthetic", out var flag) && flag.ValueKind == JsonValueKind.True)
        {
            return DataSource.Synthetic;
        }

        return root.TryGetProperty("data_source", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString() switch
            {
                "synthetic" => DataSource.Synthetic,
                "extracts" => DataSource.Extracts,
                "sample" => DataSource.Sample,
                _ => DataSource.Unknown,
            }
            : DataSource.Unknown;
    }

    private static DisclosurePolicyInfo ReadPolicy(string path)
    {
        if (!File.Exists(path))
        {
            return new DisclosurePolicyInfo("unknown", "unknown", null);
        }

        using var doc = ReadJson<JsonDocument>(path);
        string? Get(string name) =>
            doc is not null && doc.RootElement.ValueKind == JsonValueKind.Object
            && doc.RootElement.TryGetProperty(name, out var p) && p.ValueKind != JsonValueKind.Null
                ? (p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetRawText())
                : null;
        return new DisclosurePolicyInfo(Get("name") ?? "unknown", Get("version") ?? "unknown", Get("description"));
    }
}
