using HealthGap.Core.Configuration;
using System.Text.Json;
using DuckDB.NET.Data;
using HealthGap.Cli.Report;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Statistics;

namespace HealthGap.Cli.Tests.Report;

/// <summary>
/// The indicator library recovers what the synthetic ICS planted, the way a user gets there:
/// <c>healthgap synth</c>, <c>healthgap ingest</c>, then the engine and statistics. For every planted
/// indicator and group in truth.json, the planted value lies inside our 99.9% confidence interval and, but for
/// the one group in twenty that chance puts outside it, inside our 95% interval; and
/// where the truth has a gradient our estimates run the same way (highest planted group above the
/// lowest). Periods follow the truth: FY 2024-25, or four years pooled for cancer registrations.
/// </summary>
public sealed class PlantedInequalityTests(PlantedInequalityTests.SyntheticStore ics) : IClassFixture<PlantedInequalityTests.SyntheticStore>
{
    private static readonly ReportingPeriod Fy2024 = new(new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), "2024-25");
    private static readonly IReadOnlyList<int> Esp = HealthGap.Core.Reference.ReferenceData.Load().Esp2013.Bands.Select(b => b.Weight).ToList();
    /// <summary>Half-width of a 99.9% interval over that of a 95% one.</summary>
    private const double Widen = 3.29 / 1.96;

    private static readonly ReportingPeriod FourYears = new(new DateOnly(2021, 4, 1), new DateOnly(2025, 3, 31), "2021-25");

    [Fact]
    [Trait("Category", "Slow")]
    public void Library_SyntheticIcs_EveryPlantedValueInsideOur95PercentInterval_AndGradientsTheRightWay()
    {
        var store = ics.Store;
        var truth = JsonDocument.Parse(File.ReadAllText(ics.Truth));
        var library = ReportCommand.LoadLibrary(null, []).ToDictionary(d => d.Id);
        using var connection = new DuckDBConnection($"Data Source={store};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var engine = new IndicatorEngine(connection, CodelistLibrary.Load(HealthGapPaths.Shipped.CodelistsDir));
        var failures = new List<string>();
        var outside95 = new List<string>();
        var checkedGroups = 0;

        foreach (var planted in truth.RootElement.GetProperty("planted").EnumerateArray().Where(p => p.TryGetProperty("breakdowns", out _)))
        {
            var id = planted.GetProperty("indicator").GetString()!;
            if (!library.TryGetValue(id, out var definition) || definition.Measure == MeasureType.LifeExpectancy)
            {
                continue;
            }

            var period = planted.GetProperty("period").GetString()!.Contains("pooled", StringComparison.Ordinal) || definition.Period.Kind == PeriodKind.CalendarYear ? FourYears : Fy2024;
            var scale = planted.GetProperty("measure").GetString() switch { "per_10000" => 10_000.0, "per_100000" => 100_000.0, _ => 1.0 };
            if (definition.Measure == MeasureType.IndirectlyStandardisedRatio)
            {
                definition = WithTruthExpected(definition);
            }

            foreach (var breakdown in planted.GetProperty("breakdowns").EnumerateObject())
            {
                var counts = engine.Run(new IndicatorCompiler().Compile(definition, period, ["icb"], [breakdown.Name]))[0];
                var values = breakdown.Value.GetProperty("values").EnumerateObject().ToDictionary(g => GroupName(breakdown.Name, g.Name), g => g.Value.GetDouble() / scale);
                var estimates = new Dictionary<string, Estimate>();
                foreach (var (group, planted01) in values)
                {
                    // The report's own calculation (Wilson or Byar's), brought back from the definition's multiplier to a rate per person.
                    var strata = counts.Strata.Where(s => s.Breakdown == breakdown.Name && s.Group == group).ToList();
                    var estimate = MeasureCalculator.Compute(ExpectedFor(definition, planted, breakdown.Name, group), strata, Esp).Estimate;
                    estimates[group] = estimate;
                    checkedGroups++;
                    var (lower, upper) = (estimate.Lower / definition.Multiplier, estimate.Upper / definition.Multiplier);
                    var value = estimate.Value / definition.Multiplier;
                    var where = $"{id} {breakdown.Name}={group}: planted {planted01:0.#####}, our 95% CI [{lower:0.#####}, {upper:0.#####}] (n={strata.Sum(s => s.Numerator)}, d={strata.Sum(s => s.Denominator)})";
                    if (!(planted01 >= lower && planted01 <= upper))
                    {
                        outside95.Add(where);
                    }

                    // The same interval widened to 99.9% (z 3.29 instead of 1.96): a planted value outside it is not chance.
                    if (!(planted01 >= value - ((value - lower) * Widen) && planted01 <= value + ((upper - value) * Widen)))
                    {
                        failures.Add(where + " - outside even the 99.9% interval");
                    }
                }

                var (high, low) = (values.MaxBy(v => v.Value), values.MinBy(v => v.Value));
                if (high.Value > low.Value * 1.15 && !(estimates[high.Key].Value > estimates[low.Key].Value))
                {
                    failures.Add($"{id} {breakdown.Name}: planted {high.Key} > {low.Key} but we estimate {estimates[high.Key].Value:0.#####} vs {estimates[low.Key].Value:0.#####}");
                }
            }
        }

        Assert.True(checkedGroups >= 50, $"only {checkedGroups} planted groups were checked");
        // About one group in twenty misses a 95% interval by chance; far more than that is a real error.
        var allowed = (int)Math.Ceiling((0.05 * checkedGroups) + (2 * Math.Sqrt(0.05 * 0.95 * checkedGroups)));
        if (outside95.Count > allowed)
        {
            failures.Add($"{outside95.Count} of {checkedGroups} planted groups lie outside our 95% CI (chance allows about {allowed}):\n" + string.Join("\n", outside95));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void LifeExpectancy_SyntheticIcs_MostDeprivedDecileLivesShorter_ForEachSex()
    {
        var store = ics.Store;
        var definition = ReportCommand.LoadLibrary(null, ["life_expectancy_birth_imd"])[0];
        using var connection = new DuckDBConnection($"Data Source={store};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var counts = new IndicatorEngine(connection, CodelistLibrary.Load(HealthGapPaths.Shipped.CodelistsDir))
            .Run(new IndicatorCompiler().Compile(definition, Fy2024, ["icb"], ["imd_quintile"]))[0];

        foreach (var sex in new[] { "M", "F" })
        {
            double? LifeExpectancyOf(string quintile) => MeasureCalculator.Compute(
                definition, [.. counts.Strata.Where(s => s.Group == quintile && s.Sex == sex)], Esp).Estimate.Value;
            var (mostDeprived, leastDeprived) = (LifeExpectancyOf("1"), LifeExpectancyOf("5"));

            Assert.True(mostDeprived is > 60 and < 95 && leastDeprived is > 60 and < 95, $"{sex}: implausible life expectancy {mostDeprived} / {leastDeprived}");
            Assert.True(leastDeprived > mostDeprived, $"{sex}: least deprived quintile {leastDeprived:0.0} should outlive most deprived {mostDeprived:0.0}");
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void LifeExpectancy_SyntheticIcs_FourPooledYears_PlantedValueInsideOurInterval_BySexAndDecile()
    {
        // The truth is the model's life expectancy by sex and decile (Gompertz hazards), read from four pooled years of
        // deaths and registered person-years: the OHID method (deaths by age at death over person-years) must recover it.
        var truth = JsonDocument.Parse(File.ReadAllText(ics.Truth)).RootElement.GetProperty("planted").EnumerateArray()
            .Single(p => p.GetProperty("indicator").GetString() == "life_expectancy_birth_imd").GetProperty("breakdowns");
        var definition = ReportCommand.LoadLibrary(null, ["life_expectancy_birth_imd"])[0];
        using var connection = new DuckDBConnection($"Data Source={ics.Store};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var counts = new IndicatorEngine(connection, CodelistLibrary.Load(HealthGap.Core.Configuration.HealthGapPaths.Shipped.CodelistsDir))
            .Run(new IndicatorCompiler().Compile(definition, FourYears, ["icb"], ["imd_decile"]))[0];
        var failures = new List<string>();
        var errors = new List<double>();

        foreach (var (sex, key) in new[] { ("M", "male_by_imd_decile"), ("F", "female_by_imd_decile") })
        {
            foreach (var planted in truth.GetProperty(key).GetProperty("values").EnumerateObject())
            {
                var estimate = MeasureCalculator.Compute(definition, [.. counts.Strata.Where(s => s.Group == planted.Name && s.Sex == sex)], Esp).Estimate;
                if (estimate.Value is not { } value)
                {
                    continue;
                }

                var (lower, upper) = (value - ((value - estimate.Lower!.Value) * Widen), value + ((estimate.Upper!.Value - value) * Widen));
                errors.Add(value - planted.Value.GetDouble());
                if (planted.Value.GetDouble() < lower || planted.Value.GetDouble() > upper)
                {
                    failures.Add($"{sex} decile {planted.Name}: planted {planted.Value.GetDouble():0.00}, ours {value:0.00}, 99.9% CI [{lower:0.00}, {upper:0.00}]");
                }
            }
        }

        // Counting people at the year's end instead of years lived read about 0.8 years high; the mean error over the cells must be far smaller.
        Assert.True(errors.Count >= 16, $"only {errors.Count} of 20 sex x decile cells have a life expectancy");
        Assert.True(Math.Abs(errors.Average()) < 0.5, $"mean error {errors.Average():+0.00;-0.00} years over {errors.Count} cells");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // The planted share diagnosed is relative to the synthetic ICS's own true prevalence (age band × IMD quintile,
    // aged 18+), not the national age × sex rates the shipped definition publishes against: to check the engine and
    // the observed/expected calculation, count the truth's population and give each quintile the truth's rates.
    private static IndicatorDefinition WithTruthExpected(IndicatorDefinition definition) =>
        definition with { Population = [new RegisteredCriterion(), new AgeCriterion(18, null)] };

    private static IndicatorDefinition ExpectedFor(IndicatorDefinition definition, JsonElement planted, string breakdown, string group)
    {
        if (definition.Measure != MeasureType.IndirectlyStandardisedRatio)
        {
            return definition;
        }

        Assert.Equal("imd_quintile", breakdown);
        var model = planted.GetProperty("planted_parameters").GetProperty("expected_prevalence");
        var factor = model.GetProperty("quintile_factor").GetProperty(group).GetDouble();
        var byAge = model.GetProperty("by_age_band");
        (string Key, int Min, int? Max)[] bands = [("18-39", 18, 39), ("40-59", 40, 59), ("60-79", 60, 79), ("80+", 80, null)];
        var rates = bands.Select(b =>
        {
            var rate = byAge.GetProperty(b.Key).GetDouble() * factor;
            return new ExpectedRate(b.Min, b.Max, rate, rate);
        }).ToList();
        return definition with { Expected = new ExpectedPrevalence("truth.json", rates) };
    }

    // truth.json names Core20 groups true/false; the engine names them Core20/Rest.
    private static string GroupName(string breakdown, string group) => (breakdown, group) switch
    {
        ("core20", "true") => "Core20",
        ("core20", "false") => "Rest",
        _ => group,
    };

    /// <summary>A synthetic ICS at scale 0.05 (about 95,000 people, no damaged rows), generated and ingested once for the class.</summary>
    public sealed class SyntheticStore : IDisposable
    {
        private readonly string _work = Path.Combine(Path.GetTempPath(), $"healthgap-planted-{Guid.NewGuid():N}");

        public SyntheticStore()
        {
            var extracts = Path.Combine(_work, "extracts");
            var key = Path.Combine(_work, "test.key");
            Store = Path.Combine(_work, "store.duckdb");
            Truth = Path.Combine(extracts, "truth.json");
            Directory.CreateDirectory(_work);
            File.WriteAllText(key, Convert.ToHexString(new byte[32].Select((_, i) => (byte)((i * 11) + 5)).ToArray()));
            var synth = CliRunner.Run("synth", "--scale", "0.05", "--dirty", "0", "--fhir-sample", "0", "--out", extracts);
            Assert.True(synth.ExitCode == 0, synth.Error);
            var ingest = CliRunner.Run("ingest", extracts, "--store", Store, "--key-file", key);
            Assert.True(ingest.ExitCode == 0, ingest.Error);
        }

        public string Store { get; }

        public string Truth { get; }

        public void Dispose()
        {
            if (Directory.Exists(_work))
            {
                Directory.Delete(_work, recursive: true);
            }
        }
    }
}
