using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;

namespace HealthGap.Core.Disclosure.Audit;

/// <summary>
/// A report folder as an outsider sees it: the rows of indicators.csv, each indicator's measure and
/// multiplier (catalogue.json), the policy's threshold and rounding (policy.json), and the published
/// area nesting (areas.csv, when the report has one). It also checks that indicators.json and
/// indicators.parquet publish exactly what the CSV does, since the API and the web app serve those.
/// </summary>
public sealed class ReportFolder
{
    private const string Marker = "[c]";

    private ReportFolder(string directory) => Directory = directory;

    /// <summary>The folder read.</summary>
    public string Directory { get; }

    /// <summary>The rows of indicators.csv.</summary>
    public IReadOnlyList<ReportCell> Cells { get; private set; } = [];

    /// <summary>Indicator id → (measure, multiplier).</summary>
    public IReadOnlyDictionary<string, (string Measure, double Multiplier)> Measures { get; private set; } = new Dictionary<string, (string, double)>();

    /// <summary>
    /// Indicators whose denominator is person-years (catalogue <c>denominator: person_years</c>): whole years
    /// of time at risk, each rounded on its own, so they need not add up across rows and are not counts of people.
    /// </summary>
    public IReadOnlySet<string> PersonYearsDenominators { get; private set; } = new HashSet<string>();

    /// <summary>Counts below this are hidden by the policy (8 in standard v1).</summary>
    public int SmallestPublishedCount { get; private set; }

    /// <summary>Published counts are rounded to a multiple of this.</summary>
    public int RoundTo { get; private set; }

    /// <summary>Published nesting: (child type, child code) → (parent type, parent code), from areas.csv.</summary>
    public IReadOnlyList<(string ChildType, string ChildCode, string ParentType, string ParentCode)> Links { get; private set; } = [];

    /// <summary>Where indicators.json or indicators.parquet differ from indicators.csv (empty when they agree).</summary>
    public IReadOnlyList<string> FormatDifferences { get; private set; } = [];

    /// <summary>Reads a report folder written by <c>healthgap report</c>.</summary>
    /// <exception cref="ReportFolderException">The folder or one of its files is missing or unreadable.</exception>
    public static ReportFolder Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new ReportFolderException($"no folder '{directory}'. Give the folder 'healthgap report --out DIR' wrote.");
        }

        foreach (var file in new[] { "indicators.csv", "policy.json", "catalogue.json" })
        {
            if (!System.IO.File.Exists(Path.Combine(directory, file)))
            {
                throw new ReportFolderException($"'{directory}' is not a HealthGap report: it has no {file}. Give the folder 'healthgap report --out DIR' wrote.");
            }
        }

        var folder = new ReportFolder(directory);
        try
        {
            folder.ReadPolicyAndCatalogue();
            using var duck = new DuckDBConnection("Data Source=:memory:");
            duck.Open();
            var csv = Rows(duck, $"read_csv({Quote(folder.PathOf("indicators.csv"))}, header = true, all_varchar = true, quote = '\"', escape = '\"')");
            var columns = Columns(folder.PathOf("indicators.csv"));
            folder.Cells = [.. csv.Select(r => ToCell(r, columns))];
            folder.FormatDifferences = [.. Compare(duck, folder, csv, columns.GetValueOrDefault("suppressed", 15) + 1)];
            if (System.IO.File.Exists(folder.PathOf("areas.csv")))
            {
                folder.Links = [.. Rows(duck, $"read_csv({Quote(folder.PathOf("areas.csv"))}, header = true, all_varchar = true)").Select(r => (r[0]!, r[1]!, r[2]!, r[3]!))];
            }
        }
        catch (Exception ex) when (ex is DuckDBException or JsonException or FormatException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new ReportFolderException($"'{directory}' is not a readable HealthGap report: {ex.Message}");
        }

        return folder;
    }

    private string PathOf(string name) => Path.Combine(Directory, name);

    private void ReadPolicyAndCatalogue()
    {
        using var policy = JsonDocument.Parse(System.IO.File.ReadAllText(PathOf("policy.json")));
        SmallestPublishedCount = policy.RootElement.GetProperty("smallest_published_count").GetInt32();
        RoundTo = policy.RootElement.GetProperty("round_to").GetInt32();
        using var catalogue = JsonDocument.Parse(System.IO.File.ReadAllText(PathOf("catalogue.json")));
        Measures = catalogue.RootElement.EnumerateArray().ToDictionary(
            d => d.GetProperty("id").GetString()!,
            d => (d.GetProperty("measure").GetString()!, d.GetProperty("multiplier").GetDouble()));
        PersonYearsDenominators = catalogue.RootElement.EnumerateArray()
            .Where(d => d.TryGetProperty("denominator", out var unit) && unit.ValueKind == JsonValueKind.String && unit.GetString() == "person_years")
            .Select(d => d.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    // Column name → position, from the CSV's header: columns are found by name, so a format that adds one (pooled_years) reads alike.
    private static Dictionary<string, int> Columns(string csvPath) =>
        File.ReadLines(csvPath).FirstOrDefault()?.Split(',').Select((name, i) => (name.Trim('"'), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal) ?? [];

    private static ReportCell ToCell(string?[] r, Dictionary<string, int> c) => new(
        r[c["indicator_id"]]!, $"{r[c["period_start"]]}/{r[c["period_end"]]}", r[c["area_type"]]!, r[c["area_code"]]!, r[c["breakdown"]]!, r[c["group"]]!,
        Long(r[c["numerator"]]), Long(r[c["denominator"]]), Double(r[c["value"]]), Double(r[c["lowercl"]]), Double(r[c["uppercl"]]), r[c["denominator"]] == Marker);

    // The JSON and Parquet copies, row by row and column by column against the CSV: a hidden figure is
    // null there, numbers agree to the CSV's 10 significant digits, text exactly ("" and null alike).
    private static IEnumerable<string> Compare(DuckDBConnection duck, ReportFolder folder, List<string?[]> csv, int compared)
    {
        foreach (var (name, source) in new[]
        {
            // Types from every row, not a sample: a value column whose first rows are whole numbers must not be read as integers.
            ("indicators.json", $"read_json({Quote(folder.PathOf("indicators.json"))}, format = 'array', sample_size = -1)"),
            ("indicators.parquet", $"read_parquet({Quote(folder.PathOf("indicators.parquet"))})"),
        })
        {
            if (!System.IO.File.Exists(folder.PathOf(name)))
            {
                yield return $"{name} is missing";
                continue;
            }

            var other = Rows(duck, source, csv.Count == 0 ? null : compared);
            if (other.Count != csv.Count)
            {
                yield return $"{name} has {other.Count} rows, indicators.csv {csv.Count}";
                continue;
            }

            var differences = 0;
            for (var i = 0; i < csv.Count; i++)
            {
                for (var c = 0; c < compared; c++)
                {
                    if (!Same(csv[i][c], other[i][c]) && differences++ < 5)
                    {
                        yield return $"{name} row {i + 1} column {c + 1}: '{other[i][c]}' where indicators.csv has '{csv[i][c]}'";
                    }
                }
            }
        }
    }

    private static bool Same(string? csv, string? other)
    {
        if (csv == Marker)
        {
            return other is null;
        }

        if (string.IsNullOrEmpty(csv) || string.IsNullOrEmpty(other))
        {
            return string.IsNullOrEmpty(csv) && string.IsNullOrEmpty(other);
        }

        if (Double(csv) is { } a && Double(other) is { } b)
        {
            return Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));
        }

        return string.Equals(csv, other, StringComparison.OrdinalIgnoreCase);
    }

    private static List<string?[]> Rows(DuckDBConnection duck, string source, int? columns = null)
    {
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT * FROM {source}";
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[columns ?? reader.FieldCount];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = reader.IsDBNull(c) ? null : Text(reader.GetValue(c));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string? Text(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Quote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static long? Long(string? text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static double? Double(string? text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
