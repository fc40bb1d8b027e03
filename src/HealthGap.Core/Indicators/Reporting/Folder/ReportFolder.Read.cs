using System.Globalization;
using System.Text.Json;
using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>Reading a report folder's side files (the tables are read with <see cref="ReportTableReader"/>).</summary>
public static partial class ReportFolder
{
    /// <summary>The file that marks a folder of invented SAMPLE figures.</summary>
    public const string SampleMarkerFile = "SAMPLE";

    // Names written by every version of the format, and the older spellings some folders still hold.
    private static readonly Dictionary<string, MeasureType> MeasureNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["proportion"] = MeasureType.Proportion, ["crude_rate"] = MeasureType.CrudeRate, ["dsr"] = MeasureType.DirectlyStandardisedRate,
        ["life_expectancy"] = MeasureType.LifeExpectancy, ["isr"] = MeasureType.IndirectlyStandardisedRatio,
    };

    private static readonly Dictionary<string, Polarity> PolarityNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["higher-better"] = Polarity.HigherBetter, ["lower-better"] = Polarity.LowerBetter, ["context"] = Polarity.Context,
        ["higher_is_better"] = Polarity.HigherBetter, ["lower_is_better"] = Polarity.LowerBetter, ["no_judgement"] = Polarity.Context,
    };

    /// <summary>Reads catalogue.json (empty when there is none); an unknown measure or polarity is an error naming the indicator.</summary>
    public static IReadOnlyList<CatalogueEntry> ReadCatalogue(string directory)
    {
        using var doc = ReadJson(Path.Combine(directory, CatalogueFile));
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. doc.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && Text(e, "id").Length > 0).Select(Entry)];
    }

    /// <summary>Reads policy.json; "unknown" when the folder has none.</summary>
    public static ReportPolicy ReadPolicy(string directory)
    {
        using var doc = ReadJson(Path.Combine(directory, PolicyFile));
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return new ReportPolicy("unknown", "unknown", null);
        }

        string? Get(string name) =>
            doc.RootElement.TryGetProperty(name, out var p) && p.ValueKind != JsonValueKind.Null
                ? (p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetRawText())
                : null;
        return new ReportPolicy(Get("name") ?? "unknown", Get("version") ?? "unknown", Get("description"));
    }

    /// <summary>What the figures were computed from: Sample when the SAMPLE file is there, else metadata.json's word (Unknown without one).</summary>
    public static ReportSource ReadSource(string directory)
    {
        if (File.Exists(Path.Combine(directory, SampleMarkerFile)))
        {
            return ReportSource.Sample;
        }

        using var doc = ReadJson(Path.Combine(directory, MetadataFile));
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return ReportSource.Unknown;
        }

        var root = doc.RootElement;
        if (root.TryGetProperty("synthetic", out var flag) && flag.ValueKind == JsonValueKind.True)
        {
            return ReportSource.Synthetic;
        }

        return Text(root, "data_source") switch
        {
            "synthetic" => ReportSource.Synthetic,
            "extracts" => ReportSource.Extracts,
            "sample" => ReportSource.Sample,
            _ => ReportSource.Unknown,
        };
    }

    private static CatalogueEntry Entry(JsonElement e)
    {
        var id = Text(e, "id");
        var measure = MeasureNames.TryGetValue(Text(e, "measure"), out var m) ? m
            : throw new ReportFolderException($"{CatalogueFile}, indicator {id}: measure '{Text(e, "measure")}' is not one of {string.Join(", ", MeasureNames.Keys)}.");
        var polarity = PolarityNames.TryGetValue(Text(e, "polarity"), out var p) ? p
            : throw new ReportFolderException($"{CatalogueFile}, indicator {id}: polarity '{Text(e, "polarity")}' is not one of {string.Join(", ", PolarityNames.Keys)}.");
        PeriodKind? period = Enum.TryParse<PeriodKind>(Text(e, "period"), out var k) ? k : null;
        return new CatalogueEntry(
            id, Text(e, "title"), Text(e, "description"), Text(e, "rationale"), Text(e, "source"),
            measure, Number(e, "multiplier") ?? 1, polarity, period, Target(e), Text(e, "denominator") == "person_years");
    }

    // A target is an object (value, source, year) or, in older folders, a bare number.
    private static IndicatorTarget? Target(JsonElement e) =>
        !e.TryGetProperty("target", out var t) ? null
        : t.ValueKind == JsonValueKind.Number ? new IndicatorTarget(t.GetDouble(), "", 0)
        : t.ValueKind == JsonValueKind.Object && Number(t, "value") is { } value
            ? new IndicatorTarget(value, Text(t, "source"), t.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : 0)
            : null;

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() ?? "" : "";

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null;

    private static JsonDocument? ReadJson(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new ReportFolderException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: not valid JSON ({ex.Message}). Re-run `healthgap report`."));
        }
    }
}
