using System.Globalization;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Tests.Statistics;

public sealed class LifeExpectancyTests
{
    [Fact]
    public void LifeExpectancy_Fixture_MatchesAtFourDecimalPlaces()
    {
        var input = FixtureCsv.Read("life_expectancy_input.csv");
        foreach (var group in FixtureCsv.Read("life_expectancy_expected.csv").GroupBy(r => (Case: r["case_id"], Group: r["group"])))
        {
            var bands = input.Where(i => i["case_id"] == group.Key.Case && i["group"] == group.Key.Group)
                .Select(i => new LifeTableBand((int)i.Required("age_start"), i.Required("population"), i.Required("deaths"))).ToArray();
            var result = LifeExpectancy.Calculate(bands);
            foreach (var row in group)
            {
                var what = $"{group.Key.Case}/{group.Key.Group} age {row["age_start"]}";
                if (row["expected_warning"].Length > 0)
                {
                    Assert.Contains(row["expected_warning"], result.Warnings);
                }
                else
                {
                    Assert.Empty(result.Warnings);
                }

                if (row.Number("age_start") is not { } start)
                {
                    // Whole-group rows: either every output is NA (suppressed) or every value is computed.
                    var suppressed = row["expected_warning"].Length > 0;
                    Assert.All(result.Ages, a => Assert.Equal(suppressed, a.Value is null));
                    Assert.All(result.Ages, a => Assert.Equal(suppressed, a.Intervals[0].Lower is null));
                    continue;
                }

                var age = result.Ages.Single(a => a.StartAge == (int)start);
                Close.FourDecimals(row.Number("expected_value"), age.Value, what + " value");
                Close.FourDecimals(row.Number("expected_lowercl"), age.Intervals[0].Lower, what + " lower");
                Close.FourDecimals(row.Number("expected_uppercl"), age.Intervals[0].Upper, what + " upper");
                if (row["expected_pops_used"].Length > 0)
                {
                    Assert.Equal(row.Number("expected_pops_used"), age.PopulationUsed);
                    Assert.Equal(row.Number("expected_dths_used"), age.DeathsUsed);
                }
            }
        }
    }

    [Fact]
    public void LifeExpectancy_TwoLevels_998MatchesSingleLevelRun()
    {
        var bands = MainBands();

        var both = LifeExpectancy.Calculate(bands, ConfidenceLevels.Of(0.95, 0.998));
        var single = LifeExpectancy.Calculate(bands, ConfidenceLevels.Of(0.998));

        Assert.Equal(single.Ages.Select(a => a.Intervals[0]), both.Ages.Select(a => a.Intervals[1]));
    }

    [Fact]
    public void LifeExpectancy_SmallPopulationAtExactly5000_IsSuppressed()
    {
        var bands = LifeExpectancy.StartAges.Select(a => new LifeTableBand(a, 250, a == 90 ? 50 : 1)).ToArray();

        var result = LifeExpectancy.Calculate(bands);

        Assert.All(result.Ages, a => Assert.Null(a.Value));
        Assert.Equal([LifeExpectancy.SmallPopulation], result.Warnings);
    }

    [Fact]
    public void LifeExpectancy_BadConfidence_Throws()
    {
        var ex = Assert.Throws<StatisticsException>(() => LifeExpectancy.Calculate(MainBands(), ConfidenceLevels.Parse("0.5")));
        Assert.StartsWith("confidence level must be between 90 and 100 or between 0.9 and 1", ex.Message, StringComparison.Ordinal);
    }

    private static LifeTableBand[] MainBands() =>
        FixtureCsv.Read("life_expectancy_input.csv").Where(i => i["case_id"] == "main")
            .Select(i => new LifeTableBand(int.Parse(i["age_start"], CultureInfo.InvariantCulture), i.Required("population"), i.Required("deaths")))
            .ToArray();
}
