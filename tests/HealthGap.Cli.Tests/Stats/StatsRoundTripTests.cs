using System.Globalization;

namespace HealthGap.Cli.Tests.Stats;

public sealed class StatsRoundTripTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("healthgap-stats-rt-").FullName;

    [Fact]
    public void Mean_FixtureInput_MatchesExpectedPerGroup()
    {
        var rows = Run("mean", StatsCsv.Fixture("mean_input.csv"), "--group-by", "group", "--confidence", "0.95,0.998");

        foreach (var expected in StatsCsv.Read(StatsCsv.Fixture("mean_expected.csv")).Where(e => !e["group"].StartsWith("ALL", StringComparison.Ordinal)))
        {
            var row = rows.Single(r => r["group"] == expected["group"]);
            StatsCsv.AssertClose(expected["expected_value"], row["value"], expected["group"] + " value");
            StatsCsv.AssertClose(expected["expected_stdev"], row["stdev"], expected["group"] + " sd");
            StatsCsv.AssertClose(expected["expected_upper99_8cl"], row["upper99_8cl"], expected["group"] + " upper99.8");
        }
    }

    [Fact]
    public void Isr_FixtureInput_MatchesExpectedForCompleteAreas()
    {
        var rows = Run("isr", StatsCsv.Fixture("isr_input.csv"), "--group-by", "area", "--column", "numerator=count", "--column", "denominator=pop",
            "--column", "ref_numerator=refcount", "--column", "ref_denominator=refpop");

        foreach (var expected in StatsCsv.Read(StatsCsv.Fixture("isr_expected.csv"))
                     .Where(e => e["function"] == "calculate_ISRate" && e["input_file"] == "isr_input.csv" && e["multiplier_or_refvalue"] == "100000" && e["area"] != "testdata_tiny"))
        {
            var row = rows.Single(r => r["area"] == expected["area"]);
            StatsCsv.AssertClose(expected["expected_expected"], row["expected"], expected["area"] + " expected");
            StatsCsv.AssertClose(expected["expected_value"], row["value"], expected["area"] + " value");
            StatsCsv.AssertClose(expected["expected_lower95_0cl"], row["lowercl"], expected["area"] + " lower");
        }
    }

    [Fact]
    public void LifeExpectancy_TextLabels_MatchExpectedAtFourDecimals()
    {
        var input = Path.Combine(_dir, "le.csv");
        var lines = File.ReadLines(StatsCsv.Fixture("life_expectancy_input.csv")).ToArray();
        File.WriteAllLines(input, lines.Take(1).Concat(lines.Where(l => l.StartsWith("text_labels,", StringComparison.Ordinal))));

        var rows = Run("life-expectancy", input, "--column", "startage=startage_label");

        var expected = StatsCsv.Read(StatsCsv.Fixture("life_expectancy_expected.csv")).Where(e => e["case_id"] == "text_labels").ToArray();
        Assert.Equal(20, rows.Count);
        foreach (var e in expected)
        {
            var row = rows.Single(r => r["startage"] == e["age_start"]);
            Assert.Equal(Math.Round(double.Parse(e["expected_value"], CultureInfo.InvariantCulture), 4),
                Math.Round(double.Parse(row["value"], CultureInfo.InvariantCulture), 4));
        }
    }

    [Fact]
    public void Quantile_SeptilesByIndicator_MatchExpected()
    {
        var input = Path.Combine(_dir, "q.csv");
        var lines = File.ReadLines(StatsCsv.Fixture("quantiles.csv")).ToArray();
        File.WriteAllLines(input, lines.Take(1).Concat(lines.Where(l => l.Contains(",Gooddata,IndSex,", StringComparison.Ordinal) || l.Contains(",GooddataDups,IndSex,", StringComparison.Ordinal))));

        var rows = Run("quantile", input, "--group-by", "ind_sex_ref", "--set", "nquantiles=7", "--set", "invert=invert");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(r["expected_quantile"].Length == 0 ? "NA" : r["expected_quantile"], r["quantile"]));
    }

    [Fact]
    public void Funnel_ProportionSignificance_MatchesExpectedLabels()
    {
        var rows = Run("funnel", StatsCsv.Fixture("funnel_proportion_input.csv"), "--set", "statistic=proportion");

        Assert.Equal(303, rows.Count);
        Assert.All(rows, r => Assert.Equal(r["expected_significance"], r["significance"]));
    }

    [Fact]
    public void Funnel_RatioLimits_MatchExpected()
    {
        var rows = Run("funnel", StatsCsv.Fixture("funnel_ratio_input.csv"), "--set", "statistic=ratio", "--set", "output=limits",
            "--set", "ratio_type=isr", "--column", "numerator=obs", "--column", "denominator=expected");

        var expected = StatsCsv.Read(StatsCsv.Fixture("funnel_ratio_limits_expected.csv"));
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i]["observed_events"], rows[i]["x"]);
            StatsCsv.AssertClose(expected[i]["expected_upper_3s_isr"], rows[i]["upper_3s_limit"], $"point {i + 1}", 1e-6);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<Dictionary<string, string>> Run(string method, string input, params string[] extra)
    {
        var output = Path.Combine(_dir, method + "_out.csv");
        var (exit, _, error) = CliRunner.Run(["stats", method, "--input", input, "--output", output, .. extra]);
        Assert.True(exit == 0, error);
        return StatsCsv.Read(output);
    }
}
