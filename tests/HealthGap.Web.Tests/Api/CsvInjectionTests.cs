namespace HealthGap.Web.Tests.Api;

/// <summary>
/// CSV downloads never hand a spreadsheet a formula: a text cell starting with =, +, -, @, tab or CR is
/// prefixed with an apostrophe (OWASP CSV injection), while genuine negative figures stay numbers.
/// The results here are the SAMPLE results with area names a hostile report could carry.
/// </summary>
public sealed class CsvInjectionTests : IDisposable
{
    private const string Icb = "NHS Coventry and Warwickshire Integrated Care Board";
    private readonly string _results = Directory.CreateTempSubdirectory("healthgap-csv-injection").FullName;

    public CsvInjectionTests()
    {
        foreach (var file in Directory.EnumerateFiles(HealthGapWebFactory.SampleResults))
        {
            File.Copy(file, Path.Combine(_results, Path.GetFileName(file)));
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")", "\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\"")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3+cmd", "'-2+3+cmd")]
    public async Task IndicatorsCsv_FormulaLikeAreaName_IsPrefixedSoItStaysText(string hostile, string expected)
    {
        var csvName = hostile.Contains('"', StringComparison.Ordinal) ? "\"" + hostile + "\"" : hostile;
        var indicators = Path.Combine(_results, "indicators.csv");
        File.WriteAllText(indicators, File.ReadAllText(indicators).Replace(Icb, csvName, StringComparison.Ordinal));
        await using var factory = new HealthGapWebFactory(_results);
        using var client = factory.CreateClient();

        var csv = await client.GetStringAsync("/download/indicators.csv?area=QWU&breakdown=all&indicator=cancer_early_stage");

        var rows = csv.TrimEnd('\n').Split('\n').Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(",icb,QWU," + expected + ",all,all,", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InequalitiesCsv_NegativeFigures_StayNumbers()
    {
        await using var factory = new HealthGapWebFactory(_results);
        using var client = factory.CreateClient();

        var csv = await client.GetStringAsync("/download/inequalities.csv?indicator=emergency_admissions_dsr&area=QWU");

        var cells = csv.TrimEnd('\n').Split('\n').Skip(1).SelectMany(r => r.Split(',')).ToList();
        Assert.Contains(cells, c => c.StartsWith('-') && double.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.DoesNotContain(cells, c => c.StartsWith('\''));
    }

    public void Dispose() => Directory.Delete(_results, recursive: true);
}
