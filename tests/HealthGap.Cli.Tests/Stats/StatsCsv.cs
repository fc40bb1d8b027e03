using System.Globalization;
using Sylvan.Data.Csv;

namespace HealthGap.Cli.Tests.Stats;

/// <summary>Reads fixture and output CSVs for the stats CLI tests.</summary>
internal static class StatsCsv
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Stats", "Fixtures", name);

    public static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = CsvDataReader.Create(path);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetString));
        }

        return rows;
    }

    public static void AssertClose(string expected, string actual, string what, double tolerance = 1e-9)
    {
        if (expected.Length == 0)
        {
            Assert.True(actual == "NA", $"{what}: expected NA, got {actual}");
            return;
        }

        var e = double.Parse(expected, CultureInfo.InvariantCulture);
        var a = double.Parse(actual, CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(a - e) <= tolerance * Math.Abs(e), $"{what}: expected {e}, got {a}");
    }
}
