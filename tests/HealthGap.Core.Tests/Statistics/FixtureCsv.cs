using System.Globalization;
using Sylvan.Data.Csv;

namespace HealthGap.Core.Tests.Statistics;

/// <summary>One row of a PHEindicatormethods fixture, read by column name.</summary>
internal sealed class FixtureRow(Dictionary<string, string> cells)
{
    public string this[string column] => cells[column];

    public bool Has(string column) => cells.ContainsKey(column);

    public double? Number(string column) =>
        cells.TryGetValue(column, out var text) && text.Length > 0 && text != "NA"
            ? double.Parse(text, CultureInfo.InvariantCulture)
            : null;

    public double Required(string column) => Number(column) ?? throw new InvalidOperationException($"{column} is empty");
}

/// <summary>Reads the fixtures copied from shared/fixtures/phe into the test output.</summary>
internal static class FixtureCsv
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Statistics", "Fixtures", name);

    public static IReadOnlyList<FixtureRow> Read(string name)
    {
        using var reader = CsvDataReader.Create(PathOf(name));
        var rows = new List<FixtureRow>();
        while (reader.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                cells[reader.GetName(i)] = reader.GetString(i);
            }

            rows.Add(new FixtureRow(cells));
        }

        return rows;
    }
}
