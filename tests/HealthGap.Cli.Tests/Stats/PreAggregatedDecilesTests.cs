using System.Globalization;

namespace HealthGap.Cli.Tests.Stats;

/// <summary>
/// docs/statistics.md's example: an analyst's own per-decile counts → `stats rate` → `stats sii` (SII and RII)
/// and `stats par`, with no store. Runs the documented file so the example cannot go stale.
/// </summary>
public sealed class PreAggregatedDecilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("healthgap-deciles-").FullName;

    [Fact]
    public void StatsFromCounts_DocumentedExample_GivesRiiAndParPerArea()
    {
        var rates = Path.Combine(_dir, "rates.csv");
        var (exit, _, error) = CliRunner.Run("stats", "rate", "-i", Example(), "-o", rates, "--multiplier", "1000",
            "--column", "numerator=admissions", "--column", "denominator=population");
        Assert.True(exit == 0, error);

        var sii = Path.Combine(_dir, "sii.csv");
        (exit, _, error) = CliRunner.Run("stats", "sii", "-i", rates, "-o", sii, "--group-by", "area", "--column", "quantile=imd_decile", "--seed", "42");
        Assert.True(exit == 0, error);
        var par = Path.Combine(_dir, "par.csv");
        (exit, _, error) = CliRunner.Run("stats", "par", "-i", rates, "-o", par, "--group-by", "area", "--column", "quantile=imd_decile", "--seed", "42");
        Assert.True(exit == 0, error);

        var siiRows = StatsCsv.Read(sii).ToDictionary(r => r["area"]);
        var parRows = StatsCsv.Read(par).ToDictionary(r => r["area"]);
        Assert.Equal(["North", "South"], siiRows.Keys.Order());
        // Higher among the most deprived: RII below 1 with both limits below 1 in the steeper area.
        Assert.True(Number(siiRows["North"]["rii"]) < Number(siiRows["South"]["rii"]));
        Assert.True(Number(siiRows["North"]["rii_upper95_0cl"]) < 1);
        // North: overall 124.695 per 1,000 (population-weighted), decile 10 at 90: PAR 34.695, 27.82 %.
        var (overall, counts) = Overall("North");
        StatsCsv.AssertClose(overall.ToString("R", CultureInfo.InvariantCulture), parRows["North"]["overall"], "overall", 1e-12);
        StatsCsv.AssertClose((overall - 90).ToString("R", CultureInfo.InvariantCulture), parRows["North"]["par"], "par", 1e-12);
        StatsCsv.AssertClose(((overall - 90) / overall * 100).ToString("R", CultureInfo.InvariantCulture), parRows["North"]["par_percent"], "par %", 1e-12);
        Assert.Equal(10, counts);
    }

    [Fact]
    public void Par_CountsWithoutLimits_IsAUsageErrorNamingWhatIsMissing()
    {
        var (exit, _, error) = CliRunner.Run("stats", "par", "-i", Example(), "-o", Path.Combine(_dir, "p.csv"), "--group-by", "area",
            "--column", "quantile=imd_decile", "--column", "value=admissions");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("requires either lower_cl and upper_cl fields, or se field", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Example([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "docs", "examples", "deprivation-deciles.csv"));

    // The area's value from the example's counts: Σ admissions / Σ population × 1,000 (= Σ shareⱼ × rateⱼ).
    private static (double Overall, int Deciles) Overall(string area)
    {
        var rows = StatsCsv.Read(Example()).Where(r => r["area"] == area).ToList();
        return (rows.Sum(r => Number(r["admissions"])) / rows.Sum(r => Number(r["population"])) * 1000, rows.Count);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
