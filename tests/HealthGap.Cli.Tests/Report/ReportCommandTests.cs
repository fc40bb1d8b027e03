using System.Text.Json;
using DuckDB.NET.Data;
using HealthGap.Cli.Bench;
using HealthGap.Cli.Report;
using HealthGap.Core.Indicators.Reporting;

namespace HealthGap.Cli.Tests.Report;

/// <summary>
/// The report end to end on a generated store: files and columns the web app reads, the disclosure
/// rules on what is written, and the planted deprivation gradient showing in the inequality summary.
/// </summary>
public sealed class ReportCommandTests : IClassFixture<ReportCommandTests.ReportFixture>
{
    private readonly ReportFixture _report;

    public ReportCommandTests(ReportFixture report) => _report = report;

    [Fact]
    public void Report_WritesEveryFileTheWebAppReads()
    {
        Assert.Equal(0, _report.ExitCode);
        foreach (var file in new[] { "indicators.csv", "indicators.json", "indicators.parquet", "inequalities.csv", "inequalities.json", "inequalities.parquet", "catalogue.json", "policy.json" })
        {
            Assert.True(File.Exists(Path.Combine(_report.Directory, file)), $"missing {file}");
        }

        Assert.Equal(
            "indicator_id,period_start,period_end,pooled_years,area_type,area_code,area_name,breakdown,group,numerator,denominator,value,lowercl,uppercl,statistic,method,suppressed,hidden_reason",
            File.ReadLines(Path.Combine(_report.Directory, "indicators.csv")).First());
        Assert.StartsWith(
            "indicator_id,period,area_type,area_code,sii,sii_lowercl,sii_uppercl,rii,rii_lowercl,rii_uppercl,gap_absolute,gap_relative,core20_ratio,core20_ratio_lowercl,core20_ratio_uppercl",
            File.ReadLines(Path.Combine(_report.Directory, "inequalities.csv")).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NoPublishedCountFromOneToSeven_AndMarkerNotZero()
    {
        var rows = _report.Rows();

        Assert.DoesNotContain(rows, r => Count(r["numerator"]) is >= 1 and <= 7 || Count(r["denominator"]) is >= 1 and <= 7);
        Assert.Contains(rows, r => r["numerator"] == "[c]" && r["suppressed"] == "true");
        Assert.All(rows.Where(r => r["numerator"] == "[c]"), r => Assert.Equal("[c]", r["value"]));
        Assert.All(rows.Where(r => Count(r["numerator"]) is long n), r => Assert.Equal(0, Count(r["numerator"])!.Value % 5));
    }

    [Fact]
    public void Report_RowWithoutValue_SaysWhyAndOnlyTheGateIsPrivacy()
    {
        var rows = _report.Rows();

        Assert.All(rows.Where(r => r["value"].Length > 0 && r["value"] != "[c]"), r => Assert.Equal("", r["hidden_reason"]));
        Assert.All(rows.Where(r => r["suppressed"] == "true"), r => Assert.True(
            r["hidden_reason"] == "privacy" || (r["hidden_reason"] == "no_data" && r["denominator"] == "0"),
            $"{r["breakdown"]} {r["group"]}: hidden rows are privacy, or no_data with a published 0"));
        var notComputed = rows.Where(r => r["value"].Length == 0 && r["suppressed"] == "false").ToList();
        Assert.NotEmpty(notComputed);
        Assert.All(notComputed, r => Assert.Contains(r["hidden_reason"], new[] { "unreliable", "no_data", "not_applicable" }));
        // An age-standardised rate within one age band is not a privacy matter: its counts are published.
        Assert.Contains(rows, r => r["indicator_id"] == "dsr_emergency_adm" && r["breakdown"] == "age_band" && r["hidden_reason"] == "not_applicable" && Count(r["denominator"]) > 0);
    }

    [Fact]
    public void Report_Metadata_SaysWhetherTheDataIsSynthetic()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(_report.Directory, "metadata.json")));

        // The generated test store was not loaded from synth's extracts, so it is not claimed as synthetic.
        Assert.False(metadata.RootElement.GetProperty("synthetic").GetBoolean());
        Assert.Equal("extracts", metadata.RootElement.GetProperty("data_source").GetString());
    }

    [Fact]
    public void Report_PolicyAndCatalogue_AreWritten()
    {
        using var policy = JsonDocument.Parse(File.ReadAllText(Path.Combine(_report.Directory, "policy.json")));
        Assert.Equal("HealthGap standard", policy.RootElement.GetProperty("name").GetString());
        Assert.Equal("1", policy.RootElement.GetProperty("version").GetString());

        using var catalogue = JsonDocument.Parse(File.ReadAllText(Path.Combine(_report.Directory, "catalogue.json")));
        var first = catalogue.RootElement[0];
        Assert.Equal("dsr_emergency_adm", first.GetProperty("id").GetString());
        Assert.Equal("dsr", first.GetProperty("measure").GetString());
        Assert.Equal("lower-better", first.GetProperty("polarity").GetString());
    }

    [Fact]
    public void Report_PlantedDeprivationGradient_GivesNegativeSiiForEmergencyAdmissions()
    {
        var lines = File.ReadAllLines(Path.Combine(_report.Directory, "inequalities.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var icb = lines.Where(l => l[0] == "dsr_emergency_adm" && l[2] == "icb" && l[4].Length > 0).ToList();

        Assert.NotEmpty(icb);
        Assert.All(icb, l => Assert.True(double.Parse(l[10], System.Globalization.CultureInfo.InvariantCulture) > 0, $"gap {l[10]} (most minus least deprived quintile) should be positive"));
        Assert.All(icb, l => Assert.True(double.Parse(l[4], System.Globalization.CultureInfo.InvariantCulture) < 0, $"SII {l[4]} should be negative: more admissions in deprived deciles, and the SII is least minus most deprived (PHE convention)"));
    }

    [Fact]
    public void Report_ParquetCopy_HasTheSameRowsAsCsv()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM '{Path.Combine(_report.Directory, "indicators.parquet")}'";

        Assert.Equal((long)_report.Rows().Count, Convert.ToInt64(command.ExecuteScalar()));
    }

    [Fact]
    public void Report_UnknownIndicator_IsAUsageErrorNamingIt()
    {
        var (exitCode, _, error) = CliRunner.Run("report", "--store", _report.Store, "--out", _report.Directory + "-x", "--indicators", "no_such_thing");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("no_such_thing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_PeriodOutsideTheData_IsAUsageErrorListingValidPeriodsAndWritesNothing()
    {
        var output = _report.Directory + "-future";
        var (exitCode, _, error) = CliRunner.Run("report", "--store", _report.Store, "--out", output, "--period", "2099-00", "--indicators", "dsr_emergency_adm");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("'2099-00' is outside the data", error, StringComparison.Ordinal);
        Assert.Contains("2024-25", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "indicators.csv")), "a period without data must not write rows of zeros");
    }

    [Fact]
    public void Run_FaultInsideTheReport_IsNotTurnedIntoAUsageError()
    {
        // An area type the CLI would have refused reaches the compiler: its ArgumentException is a fault of
        // the caller's code, not something the user typed, so it must surface as itself.
        var definitions = ReportCommand.LoadLibrary(null, ["dsr_emergency_adm"]);
        var request = new ReportRequest(_report.Store, definitions) { AreaTypes = ["no_such_area_type"], Period = "2024-25" };

        var ex = Assert.ThrowsAny<ArgumentException>(() => ReportCommand.Run(request));

        Assert.IsNotType<ReportRequestException>(ex);
    }

    [Fact]
    public void Run_PeriodNotAPeriod_IsAUsageError() =>
        Assert.Throws<CliUsageException>(() => ReportCommand.Run(new ReportRequest(_report.Store, ReportCommand.LoadLibrary(null, ["dsr_emergency_adm"])) { Period = "last year" }));

    private static long? Count(string text) => long.TryParse(text, out var n) ? n : null;

    public sealed class ReportFixture : IDisposable
    {
        public ReportFixture()
        {
            Directory = Path.Combine(Path.GetTempPath(), $"hg-report-{Guid.NewGuid():N}");
            System.IO.Directory.CreateDirectory(Directory);
            Store = Path.Combine(Directory, "store.duckdb");
            IndicatorStoreGenerator.Write(Store, 6000);
            ExitCode = CliRunner.Run(
                "report", "--store", Store, "--out", Path.Combine(Directory, "out"), "--period", "2024-25",
                "--indicators", "dsr_emergency_adm", "htn_treated_to_target", "--area-type", "icb", "pcn").ExitCode;
            Directory = Path.Combine(Directory, "out");
        }

        public string Directory { get; }

        public string Store { get; }

        public int ExitCode { get; }

        public List<Dictionary<string, string>> Rows()
        {
            var lines = File.ReadAllLines(Path.Combine(Directory, "indicators.csv"));
            var header = lines[0].Split(',');
            return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(x => x.First, x => x.Second))];
        }

        public void Dispose() => System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true);
    }
}
