using HealthGap.Core.Statistics;

namespace HealthGap.Core.Tests.Statistics;

public sealed class ProportionAndRateTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void ByarsAndWilson_Fixture_MatchesEveryRow()
    {
        foreach (var row in FixtureCsv.Read("byars_wilson.csv"))
        {
            var x = row.Required("x");
            var level = row.Required("confidence");
            var (lower, upper) = row["method"] == "Byars"
                ? (PoissonLimits.ByarsLower(x, level), PoissonLimits.ByarsUpper(x, level))
                : WilsonLimits.Of(x, row.Required("n"), level);
            Close.Relative(row.Number("expected_lower"), ToNullable(lower), Tolerance, row["case_id"] + " lower");
            Close.Relative(row.Number("expected_upper"), ToNullable(upper), Tolerance, row["case_id"] + " upper");
        }
    }

    [Fact]
    public void Proportion_Fixture_MatchesValuesLimitsAndMetadata()
    {
        foreach (var row in FixtureCsv.Read("proportion.csv"))
        {
            var estimate = Proportion.Wilson(row.Number("numerator"), row.Number("denominator"), row.Required("multiplier"),
                ConfidenceLevels.Standard95And998);
            AssertTwoLevels(row, estimate);
        }
    }

    [Fact]
    public void Proportion_GroupedFixture_MatchesSummedGroups()
    {
        foreach (var row in FixtureCsv.Read("proportion_grouped.csv"))
        {
            var estimate = Proportion.Wilson(row.Number("summed_numerator"), row.Number("summed_denominator"), row.Required("multiplier"));
            AssertOneLevel(row, estimate);
        }
    }

    [Fact]
    public void Proportion_NoConfidence_ReturnsValueOnly()
    {
        var estimate = Proportion.Wilson(5, 100, 1, ConfidenceLevels.None);

        Assert.Equal(0.05, estimate.Value);
        Assert.Empty(estimate.Intervals);
    }

    [Fact]
    public void Rate_Fixture_MatchesValuesLimitsAndMetadata()
    {
        foreach (var row in FixtureCsv.Read("rate.csv"))
        {
            var estimate = CrudeRate.Calculate(row.Number("numerator"), row.Number("denominator"), row.Required("multiplier"),
                ConfidenceLevels.Standard95And998);
            AssertTwoLevels(row, estimate);
        }
    }

    [Fact]
    public void Rate_GroupedFixture_MatchesSummedGroups()
    {
        foreach (var row in FixtureCsv.Read("rate_grouped.csv"))
        {
            var estimate = CrudeRate.Calculate(row.Number("summed_numerator"), row.Number("summed_denominator"), row.Required("multiplier"));
            AssertOneLevel(row, estimate);
        }
    }

    [Theory]
    [InlineData(-1, 100, "numerators must be greater than or equal to zero")]
    [InlineData(1, 0, "denominators must be greater than zero")]
    [InlineData(101, 100, "numerators must be less than or equal to denominator for a proportion statistic")]
    public void Proportion_InvalidInput_ThrowsPackageError(double x, double n, string message)
    {
        var ex = Assert.Throws<StatisticsException>(() => Proportion.Wilson(x, n));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 100, "numerators must be greater than or equal to zero")]
    [InlineData(1, -5, "denominators must be greater than zero")]
    public void Rate_InvalidInput_ThrowsPackageError(double x, double n, string message)
    {
        var ex = Assert.Throws<StatisticsException>(() => CrudeRate.Calculate(x, n));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.85", "confidence level must be between 90 and 100 or between 0.9 and 1")]
    [InlineData("50", "confidence level must be between 90 and 100 or between 0.9 and 1")]
    [InlineData("0.95,0.99", "two confidence levels can only be produced if they are specified as 0.95 and 0.998")]
    [InlineData("0.9,0.95,0.998", "a maximum of two confidence levels can be provided")]
    public void ConfidenceLevels_Invalid_ThrowsPackageError(string text, string message)
    {
        var ex = Assert.Throws<StatisticsException>(() => CrudeRate.Calculate(10, 100, confidence: ConfidenceLevels.Parse(text)));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfidenceLevels_Percentages_AreReadAsFractions()
    {
        var levels = ConfidenceLevels.Parse("95,99.8");

        Assert.Equal([0.95, 0.998], levels.Levels);
        Assert.Equal("95%, 99.8%", levels.Label);
        Assert.Equal("99_8", ConfidenceInterval.Of(0.998, 1, 2).Suffix);
    }

    internal static void AssertTwoLevels(FixtureRow row, Estimate estimate)
    {
        var what = row["area"];
        Close.Relative(row.Number("expected_value"), estimate.Value, Tolerance, what + " value");
        Close.Relative(row.Number("expected_lower95_0cl"), estimate.At(0.95)!.Lower, Tolerance, what + " lower95");
        Close.Relative(row.Number("expected_upper95_0cl"), estimate.At(0.95)!.Upper, Tolerance, what + " upper95");
        Close.Relative(row.Number("expected_lower99_8cl"), estimate.At(0.998)!.Lower, Tolerance, what + " lower99.8");
        Close.Relative(row.Number("expected_upper99_8cl"), estimate.At(0.998)!.Upper, Tolerance, what + " upper99.8");
        Assert.Equal(row["expected_statistic"], estimate.Statistic);
        Assert.Equal(Blank(row["expected_method"]), estimate.Method);
    }

    private static void AssertOneLevel(FixtureRow row, Estimate estimate)
    {
        var what = row["group_area"];
        Close.Relative(row.Number("expected_value"), estimate.Value, Tolerance, what + " value");
        Close.Relative(row.Number("expected_lowercl"), estimate.Lower, Tolerance, what + " lower");
        Close.Relative(row.Number("expected_uppercl"), estimate.Upper, Tolerance, what + " upper");
        Assert.Equal(row["expected_confidence"], ConfidenceLevels.Default.Label);
        Assert.Equal(row["expected_statistic"], estimate.Statistic);
        Assert.Equal(Blank(row["expected_method"]), estimate.Method);
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    private static double? ToNullable(double value) => double.IsNaN(value) ? null : value;
}
