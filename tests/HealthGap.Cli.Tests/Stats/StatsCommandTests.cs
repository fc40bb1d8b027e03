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

    [Fact]
    public void Rate_NoOutputOption_WritesCsvToStandardOutput()
    {
        var input = Path.Combine(_dir, "small.csv");
        File.WriteAllText(input, "area,numerator,denominator\nA,65,100\n");

        var (exit, output, error) = CliRunner.Run("stats", "rate", "-i", input, "--multiplier", "100");

        Assert.True(exit == 0, error);
        Assert.Equal(
            "area,numerator,denominator,value,lowercl,uppercl,confidence,statistic,method\nA,65,100,65,50.163187710459454,82.84913854593984,95%,rate per 100,Byars\n",
            output);
    }

    [Fact]
    public void Par_Quintiles_WritesOverallReferenceAndShareWithLimits()
    {
        var input = Path.Combine(_dir, "quintiles.csv");
        File.WriteAllText(input, "area,quantile,population,value,se\nA,1,100,5,0.5\nA,2,100,4,0.5\nA,3,100,3,0.5\nA,4,100,2,0.5\nA,5,100,1,0.5\n");

        var output = Path.Combine(_dir, "par.csv");

        var (exit, _, error) = CliRunner.Run("stats", "par", "-i", input, "-o", output, "--group-by", "area", "--seed", "1", "--set", "repetitions=2000");

        Assert.True(exit == 0, error);
        var rows = Read(output);
        var row = Assert.Single(rows);
        Assert.Equal("A", row["area"]);
        AssertClose("3", row["overall"], "overall");
        AssertClose("1", row["reference"], "reference");
        AssertClose("2", row["par"], "par");
        AssertClose("66.666666666666671", row["par_percent"], "par_percent");
        Assert.True(double.Parse(row["par_lower95_0cl"], System.Globalization.CultureInfo.InvariantCulture) < 2);
        Assert.Equal("lower is better", row["polarity"]);
    }

    [Fact]
    public void Trend_FiveYearsPerArea_SaysWhichMoved()
    {
        var input = Path.Combine(_dir, "years.csv");
        File.WriteAllText(input, "area,year,numerator,denominator\n"
            + "A,2020,120,1000\nA,2021,131,1010\nA,2022,150,990\nA,2023,158,1005\nA,2024,171,1000\n"
            + "B,2020,50,1000\nB,2021,52,1000\nB,2022,49,1000\nB,2023,51,1000\nB,2024,50,1000\n");
        var output = Path.Combine(_dir, "trend.csv");

        var (exit, _, error) = CliRunner.Run("stats", "trend", "-i", input, "-o", output, "--group-by", "area", "--set", "statistic=proportion");

        Assert.True(exit == 0, error);
        var rows = Read(output).ToDictionary(r => r["area"]);
        Assert.Equal("increasing", rows["A"]["trend"]);
        Assert.Equal("no significant change", rows["B"]["trend"]);
        Assert.Equal("5", rows["A"]["points"]);
    }

    [Fact]
    public void Trend_FourYears_IsAUsageErrorSayingFiveAreNeeded()
    {
        var input = Path.Combine(_dir, "years.csv");
        File.WriteAllText(input, "year,value,lowercl,uppercl\n2021,5,4,6\n2022,5,4,6\n2023,5,4,6\n2024,5,4,6\n");

        var (exit, _, error) = CliRunner.Run("stats", "trend", "-i", input, "-o", Path.Combine(_dir, "t.csv"));

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("at least 5 periods (found 4)", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sii", "transform=maybe", "--set transform=maybe: expected true or false")]
    [InlineData("sii", "repetitions=lots", "--set repetitions=lots: expected a whole number")]
    [InlineData("par", "reference=7", "reference quantile 7 is not one of the quantiles")]
    [InlineData("par", "higher_is_better=yes", "--set higher_is_better=yes: expected true or false")]
    [InlineData("quantile", "nquantiles=2.5", "--set nquantiles=2.5: expected a whole number")]
    [InlineData("funnel", "rate_type=crud", "--set rate_type=crud: expected one of dsr, crude")]
    public void Settings_CarelessValue_IsAUsageErrorNamingIt(string method, string setting, string message)
    {
        var input = Path.Combine(_dir, "quintiles.csv");
        File.WriteAllText(input, "quantile,population,value,se,numerator,denominator,rate\n1,100,5,0.5,5,100,5\n2,100,4,0.5,4,100,4\n3,100,3,0.5,3,100,3\n4,100,2,0.5,2,100,2\n5,100,1,0.5,1,100,1\n");

        var (exit, _, error) = CliRunner.Run("stats", method, "-i", input, "-o", Path.Combine(_dir, "out.csv"), "--set", setting, "--set", "statistic=rate");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => StatsCsv.Fixture(name);

    private static List<Dictionary<string, string>> Read(string path) => StatsCsv.Read(path);

    private static void AssertClose(string expected, string actual, string what) => StatsCsv.AssertClose(expected, actual, what);
}
