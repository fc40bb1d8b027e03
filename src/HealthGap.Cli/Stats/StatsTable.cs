using System.Globalization;
using HealthGap.Core.Statistics;
using Sylvan.Data.Csv;

namespace HealthGap.Cli.Stats;

/// <summary>An input CSV held in memory for the grouped methods: header, rows and typed column access.</summary>
internal sealed class StatsTable(string path, string[] header, List<string[]> rows)
{
    public string[] Header => header;

    public List<string[]> Rows => rows;

    public static StatsTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"input file '{path}' does not exist.");
        }

        using var reader = CsvDataReader.Create(path);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var data = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[names.Length];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetString(i);
            }

            data.Add(row);
        }

        return new StatsTable(path, names, data);
    }

    public int Column(string name, string role)
    {
        var index = Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? index
            : throw new CliUsageException($"{path}: column '{name}' ({role}) not found; columns are {string.Join(", ", header)}. Name it with the method's option.");
    }

    public int? OptionalColumn(string name) =>
        Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) is var i && i >= 0 ? i : null;

    public double? Number(string[] row, int column, int rowIndex) => Parse(row[column], path, rowIndex + 2, header[column]);

    public static double? Parse(ReadOnlySpan<char> text, string path, long line, string column)
    {
        if (text.IsEmpty || text.SequenceEqual("NA"))
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StatisticsException($"{path} line {line}, column '{column}': '{text}' is not a number");
    }

    /// <summary>Rows grouped by the --group-by columns, in first-seen order.</summary>
    public IReadOnlyList<(string[] Key, List<int> Rows)> Groups(IReadOnlyList<string> groupBy)
    {
        var columns = groupBy.Select(g => Column(g, "--group-by")).ToArray();
        var groups = new Dictionary<string, (string[] Key, List<int> Rows)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            var key = columns.Select(c => rows[r][c]).ToArray();
            var joined = string.Join('\u001f', key);
            if (!groups.TryGetValue(joined, out var group))
            {
                group = (key, []);
                groups[joined] = group;
                order.Add(joined);
            }

            group.Rows.Add(r);
        }

        return order.Select(k => groups[k]).ToArray();
    }
}
