namespace HealthGap.Cli.Tests.Stats;

public sealed class StatsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("healthgap-stats-").FullName;

    [Fact]
    public void Proportion_FixtureInput_RoundTripsToExpectedOutputs()
    {
        var output = Path.Combine(_dir, "out.csv");

        var (exit, _, error) = CliRunner.Run("stats", "proportion", "--input", Fixture("proportion.csv"), "--output", output,
            "--column", "numerator=numerator", "--confidence", "0.95,0.998", "--multiplier", "100");

        Assert.True(exit == 0, error);
        var rows = Read(output);
        var expected = Read(Fixture("proportion.csv"));
        for (var i = 0; i < rows.Count; i++)
        {
            if (expected[i]["multiplier"] != "100")
            {
                continue;
            }

            foreach (var column in new[] { "value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl" })
            {
                AssertClose(expected[i]["expected_" + column], rows[i][column], $"row {i + 1} {column}");
            }

            Assert.Equal(expected[i]["area"], rows[i]["area"]);
            Assert.Equal("percentage", rows[i]["statistic"]);
        }
    }

    [Fact]
    public void Rate_GroupedFixture_SumsPerGroup()
    {
        var output = Path.Combine(_dir, "rate.csv");

        var (exit, _, error) = CliRunner.Run("stats", "rate", "-i", Fixture("rate.csv"), "-o", output, "--group-by", "area");

        Assert.True(exit == 0, error);
        var rows = Read(output).ToDictionary(r => r["area"]);
        foreach (var expected in Read(Fixture("rate_grouped.csv")))
        {
            var row = rows[expected["group_area"]];
            AssertClose(expected["expected_value"], row["value"], expected["group_area"] + " value");
            AssertClose(expected["expected_lowercl"], row["lowercl"], expected["group_area"] + " lower");
            AssertClose(expected["expected_uppercl"], row["uppercl"], expected["group_area"] + " upper");
        }
    }

    [Fact]
    public void Dsr_FixtureInput_MatchesExpected()
    {
        var output = Path.Combine(_dir, "dsr.csv");

        var (exit, _, error) = CliRunner.Run("stats", "dsr", "-i", Fixture("dsr_input.csv"), "-o", output, "--group-by", "area",
            "--column", "numerator=count", "--column", "denominator=pop", "--confidence", "0.95,0.998");

        Assert.True(exit == 0, error);
        var rows = Read(output).ToDictionary(r => r["area"]);
        foreach (var expected in Read(Fixture("dsr_expected.csv")).Where(e => e["input_file"] == "dsr_input.csv" && e["multiplier"] == "100000"))
        {
            var row = rows[expected["area"]];
            AssertClose(expected["expected_value"], row["value"], expected["area"] + " value");
            AssertClose(expected["expected_lower95_0cl"], row["lower95_0cl"], expected["area"] + " lower");
            Assert.Equal(expected["expected_statistic"], row["statistic"]);
        }
    }

    [Fact]
    public void Sii_FixtureInput_MatchesPointEstimates()
    {
        var input = Path.Combine(_dir, "sii_in.csv");
        File.WriteAllLines(input, File.ReadLines(Fixture("sii_testdata.csv")).Take(21));
        var output = Path.Combine(_dir, "sii.csv");

        var (exit, _, error) = CliRunner.Run("stats", "sii", "-i", input, "-o", output, "--group-by", "area,grouping1,grouping2",
            "--column", "lowercl=lower_cl", "--column", "uppercl=upper_cl", "--column", "se=none", "--set", "repetitions=10000", "--seed", "3");

        Assert.True(exit == 0, error);
        var rows = Read(output);
        var expected = Read(input);
        Assert.Equal(2, rows.Count);
        AssertClose(expected[0]["expected_sii"], rows[0]["sii"], "sii");
        AssertClose(expected[10]["expected_rii"], rows[1]["rii"], "rii");
        Assert.Equal("simulation 10000 reps", rows[0]["CI_method"]);
    }

    [Fact]
    public void Quantile_InvertDiffersWithinGroup_ExitsWithPackageError()
    {
        var output = Path.Combine(_dir, "q.csv");
        var input = Path.Combine(_dir, "q_in.csv");
        var lines = File.ReadLines(Fixture("quantiles.csv")).ToArray();
        File.WriteAllLines(input, lines.Take(1).Concat(lines.Where(l => l.Contains(",BadPolarity,", StringComparison.Ordinal))));

        var (exit, _, error) = CliRunner.Run("stats", "quantile", "-i", input, "-o", output, "--group-by", "ind_sex_ref", "--set", "invert=invert");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("invert field values must take the same logical value for each data grouping set", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Proportion_NumeratorAboveDenominator_ExitsWithPackageError()
    {
        var input = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(input, "area,numerator,denominator\nA,11,10\n");

        var (exit, _, error) = CliRunner.Run("stats", "proportion", "-i", input, "-o", Path.Combine(_dir, "bad_out.csv"));

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("numerators must be less than or equal to denominator for a proportion statistic", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => StatsCsv.Fixture(name);

    private static List<Dictionary<string, string>> Read(string path) => StatsCsv.Read(path);

    private static void AssertClose(string expected, string actual, string what) => StatsCsv.AssertClose(expected, actual, what);
}
