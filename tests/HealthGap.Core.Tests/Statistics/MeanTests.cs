using HealthGap.Core.Statistics;

namespace HealthGap.Core.Tests.Statistics;

public sealed class MeanTests
{
    [Fact]
    public void Mean_Fixture_MatchesEachGroupAndAllRows()
    {
        var input = FixtureCsv.Read("mean_input.csv");
        foreach (var row in FixtureCsv.Read("mean_expected.csv"))
        {
            var values = input.Where(i => row["group"].StartsWith("ALL", StringComparison.Ordinal) || i["group"] == row["group"]).Select(i => i.Number("value")).ToArray();
            var result = Mean.Calculate(values, ConfidenceLevels.Standard95And998);
            var what = row["group"];
            Close.Relative(row.Number("expected_value_sum"), result.Sum, 1e-9, what + " sum");
            Assert.Equal((int)row.Required("expected_value_count"), result.Count);
            Close.Relative(row.Number("expected_stdev"), result.StandardDeviation, 1e-9, what + " sd");
            Close.Relative(row.Number("expected_value"), result.Estimate.Value, 1e-9, what + " value");
            Close.Relative(row.Number("expected_lower95_0cl"), result.Estimate.At(0.95)!.Lower, 1e-9, what + " lower95");
            Close.Relative(row.Number("expected_upper95_0cl"), result.Estimate.At(0.95)!.Upper, 1e-9, what + " upper95");
            Close.Relative(row.Number("expected_lower99_8cl"), result.Estimate.At(0.998)!.Lower, 1e-9, what + " lower99.8");
            Close.Relative(row.Number("expected_upper99_8cl"), result.Estimate.At(0.998)!.Upper, 1e-9, what + " upper99.8");
            Assert.Equal(row["expected_statistic"], result.Estimate.Statistic);
            Assert.Equal(row["expected_method"], result.Estimate.Method);
        }
    }

    [Fact]
    public void Mean_MissingValue_MakesGroupMissing()
    {
        var result = Mean.Calculate([1.0, null, 3.0]);

        Assert.Null(result.Estimate.Value);
        Assert.Equal(3, result.Count);
    }
}
