namespace HealthGap.Cli.Tests.Funding;

/// <summary>The ledger commands refuse amounts, dates and text outside the ledger's limits as usage errors (exit 2), never a crash.</summary>
public sealed class LedgerLimitsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("healthgap-ledger-limits").FullName;

    private string Db => Path.Combine(_folder, "ledger.db");

    [Theory]
    [InlineData("92233720368547758.07")]
    [InlineData("10000000000.01")]
    [InlineData("99999999999999999999999999")]
    [InlineData("79228162514264337593543950335")]
    public void Add_AmountAboveTenBillionPounds_IsAUsageErrorNamingTheLimit(string pounds)
    {
        var (exit, _, error) = Add("--amount", pounds, "--date", "2024-06-30");

        Assert.Equal(2, exit);
        Assert.Contains("10,000,000,000", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2025-04-01")]
    public void Add_DateOutsideTheYear_IsAUsageErrorSayingWhenTheYearRuns(string date)
    {
        var (exit, _, error) = Add("--amount", "100", "--date", date);

        Assert.Equal(2, exit);
        Assert.Contains("2024-04-01 to 2025-03-31", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_LongDescription_IsAUsageErrorAndNothingIsListed()
    {
        var (exit, _, error) = Add("--amount", "100", "--date", "2024-06-30", "--description", new string('=', 2_001));

        Assert.Equal(2, exit);
        Assert.Contains("'description'", error, StringComparison.Ordinal);
        var list = CliRunner.Run("funding", "ledger", "list", "--db", Db, "--format", "csv");
        Assert.Single(list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void List_Csv_FormulaLikeTextIsNeutralisedAndAmountsStayNumbers()
    {
        Assert.Equal(0, Add("--amount", "100", "--date", "2024-06-30", "--org", "=HYPERLINK(\"http://x\")", "--description", "-2+3").ExitCode);

        var csv = CliRunner.Run("funding", "ledger", "list", "--db", Db, "--format", "csv").Output;

        var row = csv.Split('\n')[1];
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", row, StringComparison.Ordinal);
        Assert.Contains(",'-2+3,", row, StringComparison.Ordinal);
        Assert.Contains(",100.00,", row, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int ExitCode, string Output, string Error) Add(params string[] more) => CliRunner.Run(
    [
        "funding", "ledger", "add", "--db", Db, "--year", "2024/25", "--place", "E06000009", "--kind", "commitment", "--category", "vcse", "--by", "HI lead", .. more,
    ]);
}
