using DuckDB.NET.Data;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.Core.Tests.Indicators.Reporting.Folder;

/// <summary>adjusted.csv/.json/.parquet, written and read back through the folder's one owner.</summary>
public sealed class AdjustedTableTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "hg-adjusted-" + Guid.NewGuid().ToString("N"));

    private static readonly AdjustedRow Shown = new(
        "dsr_ae_att", new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), "2024-25", "icb", "QE1", "ICB", "ethnic_group", "Black",
        185, 181.4, 1.02, 0.88, 1.18, 1.21, "Byars", false, "");

    private static readonly AdjustedRow HiddenRow = Shown with
    {
        Group = "Other", Observed = null, Expected = null, Ratio = null, LowerLimit = null, UpperLimit = null, CrudeRatio = null, Method = "",
        Suppressed = true, NoValueReason = NoValueReasons.Privacy,
    };

    [Fact]
    public void Write_AdjustedRows_AllThreeFormatsWithHiddenFiguresNeverZero()
    {
        Write();

        var csv = File.ReadAllLines(Path.Combine(_directory, "adjusted.csv"));
        Assert.Equal("indicator_id,period_start,period_end,area_type,area_code,area_name,breakdown,group,observed,expected,ratio,lowercl,uppercl,crude_ratio,method,suppressed,hidden_reason", csv[0]);
        Assert.Equal("dsr_ae_att,2024-04-01,2025-03-31,icb,QE1,ICB,ethnic_group,Black,185,181.4,1.02,0.88,1.18,1.21,Byars,false,", csv[1]);
        Assert.Equal("dsr_ae_att,2024-04-01,2025-03-31,icb,QE1,ICB,ethnic_group,Other,[c],[c],[c],[c],[c],[c],,true,privacy", csv[2]);
        var json = File.ReadAllText(Path.Combine(_directory, "adjusted.json"));
        Assert.Contains("\"ratio\":1.02", json, StringComparison.Ordinal);
        Assert.Contains("\"ratio\":null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"observed\":0", json, StringComparison.Ordinal);

        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet($path))";
        command.Parameters.Add(new DuckDBParameter("path", Path.Combine(_directory, "adjusted.parquet")));
        using var reader = command.ExecuteReader();
        var types = new Dictionary<string, string>();
        while (reader.Read())
        {
            types[reader.GetString(0)] = reader.GetString(1);
        }

        Assert.Equal("BIGINT", types["observed"]);
        Assert.Equal("DOUBLE", types["expected"]);
        Assert.Equal("DOUBLE", types["ratio"]);
        Assert.Equal("BOOLEAN", types["suppressed"]);
    }

    [Fact]
    public void Read_AdjustedCsv_GivesBackTheFigures()
    {
        Write();

        using var reader = ReportTableReader.Open(_directory, ReportFolder.Adjusted);
        Assert.True(reader.Read());
        Assert.Equal("Black", reader.Text("group"));
        Assert.Equal(1.02, reader.Number("ratio"));
        Assert.Equal(181.4, reader.Number("expected"));
        Assert.True(reader.Read());
        Assert.Null(reader.Number("ratio"));
        Assert.True(reader.Flag("suppressed"));
        Assert.False(reader.Read());
    }

    private void Write() => ReportFolder.Write(_directory, new ReportContents([], [], [], [], DisclosureGate.Standard.Policy, ReportSource.Synthetic)
    {
        Adjusted = [Shown, HiddenRow],
    });

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
