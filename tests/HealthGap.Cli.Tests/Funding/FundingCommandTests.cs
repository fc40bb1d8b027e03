using System.Text.Json;

namespace HealthGap.Cli.Tests.Funding;

/// <summary>The real <c>healthgap funding</c> command on the shipped reference data.</summary>
public sealed class FundingCommandTests
{
    [Fact]
    public void Allocate_Qe1NeedImdCsv_SharesSumExactlyToTheBudget()
    {
        var (exit, output, error) = CliRunner.Run("funding", "allocate", "--icb", "QE1", "--budget", "2500003", "--rule", "need-imd", "--format", "csv");

        Assert.True(exit == 0, error);
        var rows = output.Trim().Split('\n').Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(18, rows.Length);
        Assert.Equal(2_500_003, rows.Sum(r => long.Parse(r[6])));
    }

    [Fact]
    public void Allocate_Core20SplitCsv_BidPotIsItsOwnLine()
    {
        var (exit, output, _) = CliRunner.Run("funding", "allocate", "--icb", "QE1", "--budget", "1000000", "--rule", "core20-split", "--core20-share", "0.75", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Contains("BID-POT,Bid pot (open to bids; given to no area),,,,,250000,,25.00", output);
    }

    [Fact]
    public void Allocate_NeedIndexFromReport_UsesTheReportsLatestAllPersonsValues()
    {
        var (_, equal, _) = CliRunner.Run("funding", "allocate", "--icb", "QE1", "--budget", "100", "--rule", "equal", "--format", "csv");
        var codes = equal.Trim().Split('\n').Skip(1).Select(l => l.Split(',')[0]).Where(c => c.StartsWith('E')).ToArray();
        var folder = Directory.CreateTempSubdirectory("healthgap-need-report-").FullName;
        var report = Path.Combine(folder, "indicators.csv");
        File.WriteAllText(report, "indicator_id,period_start,period_end,area_type,area_code,area_name,breakdown,group,numerator,denominator,value,lowercl,uppercl,statistic,method,suppressed\n" +
            string.Concat(codes.Select((c, i) => $"dsr_emergency_adm,2024-04-01,2025-03-31,place,{c},x,all,All,1,1,{(i == 0 ? "[c]" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))},,,dsr,Dobson,{(i == 0 ? "true" : "false")}\n")));
        File.WriteAllText(Path.Combine(folder, "catalogue.json"), """[{"id":"dsr_emergency_adm","polarity":"lower-better"}]""");
        string[] args = ["funding", "allocate", "--icb", "QE1", "--budget", "2500000", "--rule", "need-index", "--need-from-report", report, "--indicator-weight", "dsr_emergency_adm=1", "--format", "csv"];

        var (suppressed, _, error) = CliRunner.Run(args);
        File.WriteAllText(report, File.ReadAllText(report).Replace(",[c],,,dsr,Dobson,true", ",1,,,dsr,Dobson,false", StringComparison.Ordinal));
        var (exit, output, _) = CliRunner.Run(args);

        Assert.Equal(ExitCodes.UsageError, suppressed);
        Assert.Contains($"dsr_emergency_adm for {codes[0]}", error);
        Assert.Contains("suppressed by the disclosure gate", error);
        Assert.Equal(0, exit);
        Assert.Equal(2_500_000, output.Trim().Split('\n').Skip(1).Sum(l => long.Parse(l.Split(',')[6])));
    }

    [Fact]
    public void Allocate_NegativeBudget_IsAUsageErrorSayingWhatToDo()
    {
        var (exit, _, error) = CliRunner.Run("funding", "allocate", "--icb", "QE1", "--budget=-5");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("must be 0 or more whole pounds", error);
    }

    [Fact]
    public void Allocate_UnknownIcb_SuggestsTheClosest()
    {
        var (exit, _, error) = CliRunner.Run("funding", "allocate", "--icb", "QE9", "--budget", "100");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("no ICB matches 'QE9'", error);
    }

    [Fact]
    public void Allocate_WeightsWithUnknownPlace_NamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"healthgap-weights-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "code,weight\nE06000009,1\nE99999999,2\n");

        var (exit, _, error) = CliRunner.Run("funding", "allocate", "--icb", "QE1", "--budget", "100", "--rule", "custom", "--weights", path);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains($"{Path.GetFileName(path)}, line 3, field 'code': 'E99999999' is not one of the 18 areas", error);
    }

    [Fact]
    public void Compare_Json_FiveRulesWithExplanationsAndVintage()
    {
        var (exit, output, error) = CliRunner.Run("funding", "compare", "--icb", "QE1", "--budget", "2500000", "--baseline", "population", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var scenarios = json.RootElement.GetProperty("scenarios").EnumerateArray().ToArray();
        Assert.Equal(5, scenarios.Length);
        Assert.All(scenarios, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("explanation").GetString())));
        Assert.Equal(64, scenarios[0].GetProperty("data").GetProperty("reference_files").GetProperty("imd2019_lsoa11.csv").GetString()!.Length);
        Assert.Equal("80.0", json.RootElement.GetProperty("summaries")[4].GetProperty("share_to_most_deprived_quintile_percent").GetString());
    }

    [Fact]
    public void Ledger_ImportAddCorrectReport_ReconcilesAndKeepsTheOriginal()
    {
        var folder = Directory.CreateTempSubdirectory("healthgap-ledger-cli").FullName;
        var db = Path.Combine(folder, "ledger.db");
        var scenario = Path.Combine(folder, "scenario.json");
        Assert.Equal(0, CliRunner.Run("funding", "allocate", "--icb", "QE1", "--budget", "2500000", "--rule", "core20-split", "--format", "json", "--out", scenario).ExitCode);
        Assert.Equal(0, CliRunner.Run("funding", "ledger", "import", "--db", db, "--scenario", scenario, "--year", "2024/25", "--date", "2024-04-01", "--by", "HI lead").ExitCode);
        var add = CliRunner.Run("funding", "ledger", "add", "--db", db, "--year", "2024/25", "--place", "E06000009", "--org", "Blackpool Council",
            "--category", "vcse", "--amount", "100000", "--date", "2024-06-30", "--by", "HI lead");
        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Equal(0, CliRunner.Run("funding", "ledger", "correct", "--db", db, "--entry", "20", "--amount", "90000.50", "--reason", "grant reduced", "--by", "HI lead").ExitCode);

        var report = CliRunner.Run("funding", "ledger", "report", "--db", db, "--year", "2024/25", "--format", "json");
        var list = CliRunner.Run("funding", "ledger", "list", "--db", db, "--format", "csv");

        using var json = JsonDocument.Parse(report.Output);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal("2500000.00", summary.GetProperty("allocated_pounds").GetString());
        Assert.Equal("90000.50", summary.GetProperty("committed_pounds").GetString());
        Assert.Equal("yes", summary.GetProperty("reconciles").GetString());
        Assert.Contains("20,2024/25,commitment,E06000009", list.Output);
        Assert.Contains(",100000.00,", list.Output);
        Assert.Contains(",90000.50,", list.Output);
    }
}
