using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Statistics;
using HealthGap.TestSupport.Indicators;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Engine;

/// <summary>
/// Rates over time at risk (<c>count: person_years</c>), the way OHID counts life expectancy and standard practice
/// counts age-standardised rates: each person's days registered and alive in the period, in the year of age they
/// were in; events by age at the event. The shipped definitions run through the real engine and statistics.
/// </summary>
public sealed class TimeAtRiskTests
{
    private static readonly IReadOnlyList<int> Esp = HealthGap.Core.Reference.ReferenceData.Load().Esp2013.Bands.Select(b => b.Weight).ToList();

    [Fact]
    public void LifeExpectancy_ConstantMortalityInEveryBand_EqualsTheClosedFormLifeTable()
    {
        // In each of the 20 life-table bands: 300 people alive all year and 10 who die on 30 September 2024, all born in
        // April so nobody changes age within FY 2024-25. Every band then has the same death rate m = 10 / person-years.
        const int alive = 300, dying = 10;
        var died = new DateOnly(2024, 9, 30);
        using var store = new TestStore();
        long id = 0;
        store.Batch(() =>
        {
            foreach (var age in LifeExpectancy.StartAges)
            {
                var born = new DateOnly(2024 - age, 4, 1);
                var registered = born.Year >= 2010 ? born : new DateOnly(2010, 1, 1);
                for (var i = 0; i < alive + dying; i++)
                {
                    store.AddPerson(++id, born, death: i < dying ? died : null, registered: registered, registrationEnd: i < dying ? died : null);
                }
            }
        });
        var definition = Shipped("life_expectancy_birth_imd");

        var counts = new IndicatorEngine(store.Query, Codelists.Value).Run(new IndicatorCompiler().Compile(definition, Fy2024, ["icb"], ["all"]))[0];
        var estimate = MeasureCalculator.Compute(definition, counts.Strata, Esp).Estimate;

        // Days at risk per band: 365 for those alive all year, 1 April to 30 September (183) for those who die.
        var personYears = ((alive * 365.0) + (dying * 183.0)) / 365.25;
        var expected = ClosedFormLifeExpectancy(dying / personYears);
        Assert.NotNull(estimate.Value);
        Assert.True(Math.Abs(estimate.Value!.Value - expected) < 1e-9, $"life expectancy {estimate.Value:0.000000000} should be the closed form {expected:0.000000000}");
    }

    [Fact]
    public void PersonYears_MovedAwayMidYear_ContributesTheirHalfYear_AndOnlyEventsWhileRegistered()
    {
        using var store = new TestStore();
        store.AddPerson(1, new DateOnly(1970, 6, 1), registrationEnd: new DateOnly(2024, 9, 30));
        store.AddEvent(1, new DateOnly(2024, 6, 1), "I219", source: "apc", kind: "emergency_admission", system: "icd10", detail: "21");
        store.AddEvent(1, new DateOnly(2024, 11, 1), "I219", source: "apc", kind: "emergency_admission", system: "icd10", detail: "21");

        var (admissions, days) = RunAll(store, Shipped("dsr_emergency_adm"));

        // 1 April to 30 September: 183 days, half a year; the admission after they left is another ICB's.
        Assert.Equal((1, 183), (admissions, days));
        Assert.Equal(0.501, Shipped("dsr_emergency_adm").DenominatorValue(days), 3);
    }

    [Fact]
    public void PersonYears_MovedInMidYear_AndMovedPracticeWithinTheIcs_CountEachDayOnce()
    {
        using var store = new TestStore();
        store.AddPerson(1, new DateOnly(1970, 6, 1), registered: new DateOnly(2024, 10, 1));
        store.AddPerson(2, new DateOnly(1980, 6, 1), registered: new DateOnly(2024, 8, 1));
        store.AddResidence(2, new DateOnly(2001, 1, 1), new DateOnly(2024, 7, 31), "Y90002");
        store.AddPerson(3, new DateOnly(1990, 6, 1));
        store.AddResidence(3, new DateOnly(2015, 1, 1), null);

        var days = new IndicatorEngine(store.Query, Codelists.Value).Run(new IndicatorCompiler().Compile(Shipped("dsr_ae_att"), Fy2024, ["icb"], ["all"]))[0]
            .Strata.GroupBy(s => s.AgeBand).Select(g => (g.Key, g.Sum(s => s.Denominator))).Order();

        // Person 1 from 1 October (182 days, aged 54: band 10); 2 all year across two practices (44: band 8); 3 all year despite
        // an overlapping duplicate registration (34: band 6).
        Assert.Equal([(6, 365L), (8, 365L), (10, 182L)], days);
    }

    [Fact]
    public void LifeExpectancy_DeathAt84_WhoWouldBe85AtYearEnd_CountsInThe80To84Band()
    {
        using var store = new TestStore();
        var born = new DateOnly(1940, 1, 1);
        store.AddPerson(1, born, death: new DateOnly(2024, 12, 15), registrationEnd: new DateOnly(2024, 12, 15));
        store.AddPerson(2, born);

        var bands = new IndicatorEngine(store.Query, Codelists.Value)
            .Run(new IndicatorCompiler().Compile(Shipped("life_expectancy_birth_imd"), Fy2024, ["icb"], ["all"]))[0]
            .Strata.ToDictionary(s => LifeExpectancy.StartAges[s.AgeBand], s => (s.Numerator, s.Denominator));

        // The death at 84 and the days to it (259) are in 80-84 with the survivor's 275 days to their birthday; the
        // survivor's 90 days at 85 are in 85-89, which has no death.
        Assert.Equal((1, 259 + 275), bands[80]);
        Assert.Equal((0, 90), bands[85]);
    }

    [Fact]
    public void CrudeRate_ChildTurning18MidYear_CountsOnlyTimeAndAdmissionsAt17()
    {
        using var store = new TestStore();
        store.AddPerson(1, new DateOnly(2006, 10, 1));
        store.AddEvent(1, new DateOnly(2024, 7, 1), "J459", source: "apc", kind: "emergency_admission", system: "icd10", detail: "21");
        store.AddEvent(1, new DateOnly(2024, 12, 1), "J459", source: "apc", kind: "emergency_admission", system: "icd10", detail: "21");

        var (admissions, days) = RunAll(store, Shipped("cyp_asthma_emergency_adm"));

        // 17 from 1 April to 30 September 2024 (183 days); the December admission is at 18.
        Assert.Equal((1, 183), (admissions, days));
    }

    [Fact]
    public void Compile_PeopleAndPersonYearsInOneQuery_Refused_AndBatchesKeepThemApart()
    {
        IndicatorDefinition[] mixed = [Shipped("dsr_ae_att"), Shipped("htn_recorded_prevalence")];

        var ex = Assert.Throws<ArgumentException>(() => new IndicatorCompiler().Compile(mixed, Fy2024));
        var batches = IndicatorCompiler.Batches([.. mixed.Append(Shipped("cyp_asthma_emergency_adm")).Select(d => (d, Fy2024))], size: 8);

        Assert.Contains("person-years", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, batches.Count); // people; person-years by age band; person-years by year of age (an age criterion)
    }

    [Fact]
    public void Run_RowsPerAgeBand_EqualRowsPerYearOfAge()
    {
        // Alone, the DSR's rows are a person's time in an age band; beside an indicator with an age criterion they are
        // a person's time in a year of age. The counts must not depend on which.
        using var store = new TestStore();
        store.Batch(() => RandomPopulation.Write(400, seed: 11, _ => store));
        var engine = new IndicatorEngine(store.Query, Codelists.Value);
        var (dsr, children) = (Shipped("dsr_emergency_adm"), Shipped("cyp_asthma_emergency_adm"));

        var alone = engine.Run(new IndicatorCompiler().Compile(dsr, Fy2024))[0];
        var together = engine.Run(new IndicatorCompiler().Compile([dsr, children], Fy2024))[0];

        Assert.True(alone.Strata.Sum(s => s.Numerator) > 0, "the test population should have admissions");
        Assert.Equal(Canonical(alone), Canonical(together));
    }

    [Fact]
    public void Report_PersonYearsDenominator_PublishedAsWholeYears()
    {
        var definition = Shipped("dsr_emergency_adm");

        Assert.Equal(183, definition.DenominatorValue(183 * 365.25), 9);
        Assert.Equal(1, definition.PublishedDenominator(183 * 2));
        Assert.Equal(366, Shipped("htn_recorded_prevalence").PublishedDenominator(366));
    }

    // Chiang II with the same death rate m in every band (a = 0.1 under 1, else 0.5; the open band lives 1/m):
    // q = n·m / (1 + n·m·(1 − a)), L = n·l·(1 − q + a·q), e0 = Σ L / l0.
    private static double ClosedFormLifeExpectancy(double m)
    {
        var ages = LifeExpectancy.StartAges;
        double survivors = 1, years = 0;
        for (var i = 0; i < ages.Count - 1; i++)
        {
            var (n, a) = (ages[i + 1] - ages[i], i == 0 ? 0.1 : 0.5);
            var q = n * m / (1 + (n * m * (1 - a)));
            years += n * survivors * (1 - q + (a * q));
            survivors *= 1 - q;
        }

        return years + (survivors / m);
    }

    private static IndicatorDefinition Shipped(string id) => Loader.LoadFile(Path.Combine(SourceDirectory(), "..", "..", "..", "indicators", id + ".yaml"));
}
