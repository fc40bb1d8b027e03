using DuckDB.NET.Data;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.Core.Tests.Indicators.Reporting.Folder;

public sealed class ReportFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hg-folder-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Write_HiddenAndNonFiniteFigures_MarkerInCsvNullInJsonNeverZero()
    {
        var directory = Path.Combine(_root, "report");
        ReportFolder.Write(directory, Contents([Row("1", Hidden()), Row("2", Shown(double.NaN))]));

        var csv = File.ReadAllLines(Path.Combine(directory, "indicators.csv"));
        Assert.Equal(string.Join(',', ReportFolder.Indicators.ColumnNames), csv[0]);
        Assert.Equal("ind,2024-04-01,2025-03-31,1,icb,Q1,\"ICB \"\"one\"\"\",imd_quintile,1,[c],[c],[c],[c],[c],proportion,Wilson,true,privacy", csv[1]);
        Assert.Equal("ind,2024-04-01,2025-03-31,1,icb,Q1,\"ICB \"\"one\"\"\",imd_quintile,2,10,200,,,,proportion,Wilson,false,", csv[2]);
        var json = File.ReadAllText(Path.Combine(directory, "indicators.json"));
        Assert.Contains("\"numerator\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"numerator\":0", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EveryFigureHidden_ParquetColumnsStillTypedFromTheSchema()
    {
        var directory = Path.Combine(_root, "report");
        ReportFolder.Write(directory, Contents([Row("1", Hidden()), Row("2", Hidden())]));

        var types = ParquetTypes(Path.Combine(directory, "indicators.parquet"));
        Assert.Equal("BIGINT", types["numerator"]);
        Assert.Equal("DOUBLE", types["value"]);
        Assert.Equal("DATE", types["period_start"]);
        Assert.Equal("BOOLEAN", types["suppressed"]);
        Assert.Equal("VARCHAR", types["group"]);
        Assert.Equal("DOUBLE", ParquetTypes(Path.Combine(directory, "inequalities.parquet"))["sii"]);
    }

    [Fact]
    public void Write_FolderNameWithAQuote_ParquetWrittenWhereAsked()
    {
        var directory = Path.Combine(_root, "it's a report'); DROP TABLE x; --");
        ReportFolder.Write(directory, Contents([Row("1", Shown(5))]));

        using var duck = Open();
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT count(*) FROM read_parquet($path)";
        command.Parameters.Add(new DuckDBParameter("path", Path.Combine(directory, "indicators.parquet")));
        Assert.Equal(1L, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Writer_CellOfTheWrongType_Refused()
    {
        using var text = new StringWriter();
        using var writer = ReportFolder.CsvWriter(text, ReportFolder.Areas);

        var ex = Assert.Throws<InvalidOperationException>(() => writer.Number(1));
        Assert.Contains("child_type", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_RowMissingACell_Refused()
    {
        using var text = new StringWriter();
        using var writer = ReportFolder.CsvWriter(text, ReportFolder.Areas);
        writer.Text("practice");

        Assert.Throws<InvalidOperationException>(writer.EndRow);
    }

    [Fact]
    public void Catalogue_WrittenThenRead_SameEntriesInCoresVocabulary()
    {
        var directory = Path.Combine(_root, "report");
        var entry = new CatalogueEntry("smi", "SMI checks", "d", "r", "s", MeasureType.Proportion, 100, Polarity.HigherBetter, PeriodKind.FinancialYear, new IndicatorTarget(60, "NHS", 2025));
        ReportFolder.Write(directory, Contents([]) with { Catalogue = [entry] });

        var read = Assert.Single(ReportFolder.ReadCatalogue(directory));
        Assert.Equal(entry, read);
        Assert.Contains("\"polarity\": \"higher-better\"", File.ReadAllText(Path.Combine(directory, "catalogue.json")), StringComparison.Ordinal);
        Assert.Equal(ReportSource.Synthetic, ReportFolder.ReadSource(directory));
        Assert.Equal("1", ReportFolder.ReadPolicy(directory).Version);
    }

    [Theory]
    [InlineData("higher_is_better", Polarity.HigherBetter)]
    [InlineData("lower-better", Polarity.LowerBetter)]
    [InlineData("no_judgement", Polarity.Context)]
    public void ReadCatalogue_OlderPolarityNames_ReadAsTheEnum(string name, Polarity polarity)
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "catalogue.json"), $$"""[{ "id": "x", "measure": "dsr", "multiplier": 100000, "polarity": "{{name}}", "target": 75 }]""");

        var entry = Assert.Single(ReportFolder.ReadCatalogue(_root));
        Assert.Equal(polarity, entry.Polarity);
        Assert.Equal(75, entry.Target!.Value);
    }

    [Fact]
    public void ReadCatalogue_UnknownPolarity_ErrorNamesTheIndicator()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "catalogue.json"), """[{ "id": "x", "measure": "dsr", "polarity": "sideways" }]""");

        var ex = Assert.Throws<ReportFolderException>(() => ReportFolder.ReadCatalogue(_root));
        Assert.Contains("indicator x", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sideways", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MeasureType.IndirectlyStandardisedRatio, 100, true, false)]
    [InlineData(MeasureType.Proportion, 100, false, true)]
    [InlineData(MeasureType.DirectlyStandardisedRate, 100000, false, false)]
    public void CatalogueEntry_Measure_TellsRatioFromPercentage(MeasureType measure, double multiplier, bool observedVsExpected, bool percentage)
    {
        var entry = new CatalogueEntry("x", "X", "", "", "", measure, multiplier, Polarity.HigherBetter, null, null);

        Assert.Equal(observedVsExpected, entry.IsObservedVsExpected);
        Assert.Equal(percentage, entry.IsPercentage);
        Assert.True(entry.HigherIsBetter);
    }

    [Fact]
    public void TableReader_ReadsWhatWasWritten()
    {
        var directory = Path.Combine(_root, "report");
        ReportFolder.Write(directory, Contents([Row("1", Hidden()), Row("2", Shown(12.5))]), ReportFormats.Csv);

        using var reader = ReportTableReader.Open(directory, ReportFolder.Indicators);
        Assert.True(reader.Read());
        Assert.Null(reader.Number("numerator"));
        Assert.True(reader.Flag("suppressed"));
        Assert.True(reader.Read());
        Assert.Equal(12.5, reader.Number("value"));
        Assert.Equal(new DateOnly(2024, 4, 1), reader.Date("period_start"));
        Assert.Equal("ICB \"one\"", reader.Text("area_name"));
        Assert.False(reader.Read());
        Assert.False(File.Exists(Path.Combine(directory, "indicators.json")));
    }

    [Fact]
    public void Write_PooledRow_PooledYearsInEveryFormat()
    {
        var directory = Path.Combine(_root, "report");
        var pooled = Row("3", Shown(5)) with { PeriodStart = new DateOnly(2022, 4, 1), Period = "2022-23 to 2024-25", PooledYears = 3 };
        ReportFolder.Write(directory, Contents([Row("1", Shown(5)), pooled]));

        var csv = File.ReadAllLines(Path.Combine(directory, "indicators.csv"));
        Assert.StartsWith("ind,2024-04-01,2025-03-31,1,icb,", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("ind,2022-04-01,2025-03-31,3,icb,", csv[2], StringComparison.Ordinal);
        using var reader = ReportTableReader.Open(directory, ReportFolder.Indicators);
        Assert.True(reader.Read());
        Assert.Equal(1, reader.Number("pooled_years"));
        Assert.True(reader.Read());
        Assert.Equal(3, reader.Number("pooled_years"));
        using var duck = Open();
        using var command = duck.CreateCommand();
        foreach (var file in new[] { $"read_parquet('{directory}/indicators.parquet')", $"read_json('{directory}/indicators.json')" })
        {
            command.CommandText = $"SELECT any_value(typeof(pooled_years)), string_agg(pooled_years::VARCHAR, ',') FROM {file}";
            using var result = command.ExecuteReader();
            Assert.True(result.Read());
            Assert.Equal("BIGINT", result.GetString(0));
            Assert.Equal("1,3", result.GetString(1));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static PublishedCell Hidden() =>
        new("x", null, null, null, null, null, SuppressionReason.SmallCount, SuppressionReason.SmallCount, SuppressionReason.SmallCount);

    private static PublishedCell Shown(double value) =>
        new("x", 10, 200, value, double.NaN, double.PositiveInfinity, SuppressionReason.None, SuppressionReason.None, SuppressionReason.None);

    private static IndicatorRow Row(string group, PublishedCell cell) =>
        new("ind", new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), "2024-25", "icb", "Q1", "ICB \"one\"", "imd_quintile", group, cell,
            "proportion", "Wilson", cell.Suppressed ? "privacy" : "");

    private static ReportContents Contents(IReadOnlyList<IndicatorRow> rows) =>
        new(rows, [new InequalityRow("ind", "2024-25", "icb", "Q1", null, null, null, null, null, null, null, null, null, null, null, "")], [],
            [], DisclosureGate.Standard.Policy, ReportSource.Synthetic);

    private static DuckDBConnection Open()
    {
        var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        return duck;
    }

    private static Dictionary<string, string> ParquetTypes(string path)
    {
        using var duck = Open();
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet($path))";
        command.Parameters.Add(new DuckDBParameter("path", path));
        using var reader = command.ExecuteReader();
        var types = new Dictionary<string, string>();
        while (reader.Read())
        {
            types[reader.GetString(0)] = reader.GetString(1);
        }

        return types;
    }
}
