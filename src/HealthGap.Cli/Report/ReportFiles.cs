using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Reporting;

namespace HealthGap.Cli.Report;

/// <summary>
/// Writes a report folder: indicators.csv/json/parquet, inequalities.csv/json/parquet, catalogue.json,
/// policy.json, metadata.json and areas.csv (which reported areas nest in which). The web app reads exactly
/// these names and columns. Hidden figures are <c>[c]</c> in CSV and null (with <c>suppressed: true</c>) in
/// JSON and Parquet — never 0; every row without a value says why in <c>hidden_reason</c> (privacy,
/// unreliable, no_data, not_applicable).
/// </summary>
internal static class ReportFiles
{
    public static readonly string[] IndicatorColumns =
    [
        "indicator_id", "period_start", "period_end", "area_type", "area_code", "area_name", "breakdown", "group",
        "numerator", "denominator", "value", "lowercl", "uppercl", "statistic", "method", "suppressed", "hidden_reason",
    ];

    public static readonly string[] InequalityColumns =
    [
        "indicator_id", "period", "area_type", "area_code", "sii", "sii_lowercl", "sii_uppercl", "rii", "rii_lowercl", "rii_uppercl",
        "gap_absolute", "gap_relative", "core20_ratio", "core20_ratio_lowercl", "core20_ratio_uppercl", "sii_quantiles", "trend",
    ];

    /// <summary>areas.csv: which reported area nests in which (public geography), for the disclosure audit.</summary>
    public static readonly string[] AreaColumns = ["child_type", "child_code", "parent_type", "parent_code"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string directory, IndicatorReport.Result result, IReadOnlyList<IndicatorDefinition> definitions, DisclosurePolicy policy, bool synthetic)
    {
        Directory.CreateDirectory(directory);
        var indicatorRecords = result.Rows.Select(r => Finite(IndicatorRecord(r))).ToList();
        var inequalityRecords = result.Inequalities.Select(r => Finite(InequalityRecord(r))).ToList();
        WriteCsv(Path.Combine(directory, "indicators.csv"), IndicatorColumns, indicatorRecords);
        WriteCsv(Path.Combine(directory, "inequalities.csv"), InequalityColumns, inequalityRecords);
        WriteJsonAndParquet(directory, "indicators", IndicatorColumns, indicatorRecords);
        WriteJsonAndParquet(directory, "inequalities", InequalityColumns, inequalityRecords);
        WriteCsv(Path.Combine(directory, "areas.csv"), AreaColumns, [.. (result.Links ?? []).Select(l => new object?[] { l.ChildType, l.ChildCode, l.ParentType, l.ParentCode })]);
        File.WriteAllText(Path.Combine(directory, "catalogue.json"), JsonSerializer.Serialize(definitions.Select(Catalogue), Indented));
        File.WriteAllText(Path.Combine(directory, "policy.json"), JsonSerializer.Serialize(
            new Dictionary<string, object>
            {
                ["name"] = policy.Name, ["version"] = policy.Version, ["label"] = policy.Label, ["marker"] = DisclosureGate.Marker,
                ["smallest_published_count"] = policy.SmallestPublishedCount, ["round_to"] = policy.RoundTo,
            },
            Indented));
        ReportMetadata.Write(directory, synthetic);
    }

    private static object?[] IndicatorRecord(IndicatorRow row)
    {
        var c = row.Cell;
        return
        [
            row.IndicatorId, Date(row.PeriodStart), Date(row.PeriodEnd), row.AreaType, row.AreaCode, row.AreaName, row.Breakdown, row.Group,
            Hidden(c.Numerator, c.NumeratorReason), Hidden(c.Denominator, c.DenominatorReason), Hidden(c.Value, c.ValueReason),
            Hidden(c.LowerLimit, c.ValueReason), Hidden(c.UpperLimit, c.ValueReason), row.Statistic, row.Method, c.Suppressed, row.NoValueReason,
        ];
    }

    private static object?[] InequalityRecord(InequalityRow row) =>
    [
        row.IndicatorId, row.Period, row.AreaType, row.AreaCode, row.Sii, row.SiiLower, row.SiiUpper, row.Rii, row.RiiLower, row.RiiUpper,
        row.GapAbsolute, row.GapRelative, row.Core20Ratio, row.Core20RatioLower, row.Core20RatioUpper, row.SiiQuantiles, row.Trend,
    ];

    // A value the method could not give (infinite ratio, NaN) is written as "not available", never as a number.
    private static object?[] Finite(object?[] record) => [.. record.Select(v => v is double d && !double.IsFinite(d) ? null : v)];

    private static object? Hidden(object? value, SuppressionReason reason) => reason == SuppressionReason.None ? value : new HiddenValue();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteCsv(string path, string[] columns, List<object?[]> records)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(string.Join(',', columns) + "\n");
        foreach (var record in records)
        {
            writer.Write(string.Join(',', record.Select(CsvField)) + "\n");
        }
    }

    private static string CsvField(object? value) => value switch
    {
        null => "",
        HiddenValue => DisclosureGate.Marker,
        double d => d.ToString("G10", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string s => Core.Export.CsvField.Escape(s),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static void WriteJsonAndParquet(string directory, string name, string[] columns, List<object?[]> records)
    {
        var jsonPath = Path.Combine(directory, name + ".json");
        using (var stream = File.Create(jsonPath))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            foreach (var record in records)
            {
                json.WriteStartObject();
                for (var i = 0; i < columns.Length; i++)
                {
                    WriteJsonValue(json, columns[i], record[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        // DuckDB writes the Parquet copy from an in-memory table, typed column by column.
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        var parquetPath = Path.Combine(directory, name + ".parquet").Replace("'", "''", StringComparison.Ordinal);
        var types = string.Join(", ", columns.Select((c, i) => $"'{c}': '{ParquetType(records, i)}'"));
        command.CommandText = records.Count == 0
            ? $"COPY (SELECT {string.Join(", ", columns.Select(c => $"NULL::VARCHAR AS \"{c}\""))} LIMIT 0) TO '{parquetPath}' (FORMAT parquet)"
            : $"COPY (SELECT * FROM read_json('{jsonPath.Replace("'", "''", StringComparison.Ordinal)}', format = 'array', columns = {{{types}}})) TO '{parquetPath}' (FORMAT parquet)";
        command.ExecuteNonQuery();
    }

    private static void WriteJsonValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null or HiddenValue:
                json.WriteNull(name);
                break;
            case double d:
                json.WriteNumber(name, d);
                break;
            case long l:
                json.WriteNumber(name, l);
                break;
            case int i:
                json.WriteNumber(name, i);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            default:
                json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string ParquetType(List<object?[]> records, int column) =>
        records.Select(r => r[column]).FirstOrDefault(v => v is not null and not HiddenValue) switch
        {
            double => "DOUBLE",
            long => "BIGINT",
            bool => "BOOLEAN",
            _ => records.Any(r => r[column] is double) ? "DOUBLE" : records.Any(r => r[column] is long) ? "BIGINT" : "VARCHAR",
        };

    private static Dictionary<string, object?> Catalogue(IndicatorDefinition d) => new()
    {
        ["id"] = d.Id, ["title"] = d.Title, ["description"] = d.Description, ["rationale"] = d.Rationale, ["source"] = d.Source,
        ["measure"] = CatalogueMarkdown.MeasureName(d.Measure), ["multiplier"] = d.Multiplier, ["polarity"] = CatalogueMarkdown.PolarityName(d.Polarity),
        ["period"] = d.Period.Kind.ToString(),
        ["target"] = d.Target is null ? null : new Dictionary<string, object> { ["value"] = d.Target.Value, ["source"] = d.Target.Source, ["year"] = d.Target.Year },
    };

    /// <summary>A figure the gate hid.</summary>
    private sealed record HiddenValue;
}
