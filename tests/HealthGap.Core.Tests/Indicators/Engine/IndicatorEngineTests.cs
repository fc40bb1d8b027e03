using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.TestSupport.Indicators;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Engine;

public sealed class IndicatorEngineTests
{
    private static readonly DateOnly Born1960 = new(1960, 6, 1);
    private const string Hypertension = "10725009";
    private const string HypertensionResolved = "162659009";
    private const string Systolic = "198081000000101";

    [Fact]
    public void OnRegister_LatestCodeRule_ResolvedAfterDiagnosisIsOff()
    {
        using var store = new TestStore();
        store.AddPerson(1, Born1960);
        store.AddPerson(2, Born1960);
        store.AddPerson(3, Born1960);
        store.AddPerson(4, Born1960);
        store.AddEvent(1, new DateOnly(2015, 1, 1), Hypertension);
        store.AddEvent(2, new DateOnly(2015, 1, 1), Hypertension);
        store.AddEvent(2, new DateOnly(2018, 1, 1), HypertensionResolved);
        store.AddEvent(3, new DateOnly(2015, 1, 1), HypertensionResolved);
        store.AddEvent(3, new DateOnly(2019, 1, 1), Hypertension);
        store.AddEvent(4, new DateOnly(2025, 6, 1), Hypertension); // after the period end

        var (numerator, denominator) = RunAll(store, Definition([new RegisteredCriterion()], new PersonCount([new OnRegisterCriterion("hyp_cod", "hypres_cod")])));

        Assert.Equal(2, numerator);
        Assert.Equal(4, denominator);
    }

    [Fact]
    public void Age_AtPeriodEnd_UsesBirthMonth()
    {
        using var store = new TestStore();
        store.AddPerson(1, new DateOnly(2007, 3, 1)); // 18 at 31 March 2025
        store.AddPerson(2, new DateOnly(2007, 4, 1)); // 17

        var (_, denominator) = RunAll(store, Definition([new AgeCriterion(18, null)]));

        Assert.Equal(1, denominator);
    }

    [Fact]
    public void LatestValue_UsesLatestReadingInWindowOnly()
    {
        using var store = new TestStore();
        store.AddPerson(1, Born1960);
        store.AddPerson(2, Born1960);
        store.AddPerson(3, Born1960);
        store.AddEvent(1, new DateOnly(2024, 5, 1), Systolic, 160);
        store.AddEvent(1, new DateOnly(2025, 1, 1), Systolic, 130);
        store.AddEvent(2, new DateOnly(2024, 5, 1), Systolic, 130);
        store.AddEvent(2, new DateOnly(2025, 1, 1), Systolic, 150);
        store.AddEvent(3, new DateOnly(2023, 1, 1), Systolic, 120); // outside 12 months

        var criterion = new LatestValueCriterion("sysbp_cod", new Window(WindowKind.Months, 12), Comparison.LessOrEqual, 140);
        var (numerator, _) = RunAll(store, Definition([], new PersonCount([criterion])));

        Assert.Equal(1, numerator);
    }

    [Fact]
    public void HasEvent_MinCount_CountsPeopleAtThreshold()
    {
        using var store = new TestStore();
        store.AddPerson(1, Born1960);
        store.AddPerson(2, Born1960);
        for (var i = 0; i < 6; i++)
        {
            store.AddEvent(1, new DateOnly(2024, 5, 1 + i), "x", source: "ae", kind: "ae_attendance", system: "local");
        }

        for (var i = 0; i < 5; i++)
        {
            store.AddEvent(2, new DateOnly(2024, 5, 1 + i), "x", source: "ae", kind: "ae_attendance", system: "local");
        }

        var filter = new EventFilter([], ["ae"], ["ae_attendance"], [], Window.Period);
        var (numerator, _) = RunAll(store, Definition([], new PersonCount([new HasEventCriterion(filter, 6)])));

        Assert.Equal(1, numerator);
    }

    [Fact]
    public void EventCount_Icd10Prefix_MatchesSubcodesAndEmergencyMethodsOnly()
    {
        using var store = new TestStore();
        store.AddPerson(1, Born1960);
        store.AddEvent(1, new DateOnly(2024, 6, 1), "I219", source: "apc", kind: "emergency_admission", system: "icd10", detail: "21");
        store.AddEvent(1, new DateOnly(2024, 7, 1), "I22", source: "apc", kind: "emergency_admission", system: "icd10", detail: "2A");
        store.AddEvent(1, new DateOnly(2024, 8, 1), "I21", source: "apc", kind: "elective_admission", system: "icd10", detail: "11");
        store.AddEvent(1, new DateOnly(2024, 9, 1), "I200", source: "apc", kind: "emergency_admission", system: "icd10", detail: "21");

        var filter = new EventFilter(["icd10_mi"], ["apc"], ["emergency_admission"], [], Window.Period);
        var (numerator, denominator) = RunAll(store, Definition([], new EventCount(filter), measure: MeasureType.CrudeRate));

        Assert.Equal(2, numerator);
        Assert.Equal(1, denominator);
    }

    [Fact]
    public void EventCount_SeveralCodelistsLessAnExcludedCategory_CountsAnyListedButNotExcluded()
    {
        using var store = new TestStore();
        store.AddPerson(1, new DateOnly(2012, 6, 1));
        foreach (var code in new[] { "J459", "E109", "G400", "J209", "J440", "K021" })
        {
            store.AddEvent(1, new DateOnly(2024, 6, 1), code, source: "apc", kind: "emergency_admission", system: "icd10", detail: "21");
        }

        var cyp = new EventFilter(["icd10_asthma", "icd10_diabetes", "icd10_epilepsy"], ["apc"], ["emergency_admission"], [], Window.Period);
        var acsc = new EventFilter(["icd10_acsc_chronic"], ["apc"], [], [], Window.Period) { ExcludedCodelists = ["icd10_acsc_chronic/copd_conditional"] };
        var (cypAdmissions, _) = RunAll(store, Definition([], new EventCount(cyp), measure: MeasureType.CrudeRate));
        var (acscAdmissions, _) = RunAll(store, Definition([], new EventCount(acsc), measure: MeasureType.CrudeRate));

        Assert.Equal(3, cypAdmissions);
        Assert.Equal(3, acscAdmissions); // J459, G400, J440: J209 excluded, E109 (no complication) and K021 not in the list
    }

    [Fact]
    public void TumourCount_StageAndSite_CountsStageableEarlyStage()
    {
        using var store = new TestStore();
        store.AddPerson(1, Born1960);
        store.AddTumour(1, new DateOnly(2024, 6, 1), "C509", "1");
        store.AddTumour(1, new DateOnly(2024, 6, 1), "C509", "3");
        store.AddTumour(1, new DateOnly(2024, 6, 1), "C449", "1");

        var early = new TumourCount("icd10_cancer_stageable", ["1", "2"], [], false, Window.Period);
        var known = new TumourCount("icd10_cancer_stageable", ["1", "2", "3", "4"], [], false, Window.Period);
        var (numerator, denominator) = RunAll(store, Definition([], early, known));

        Assert.Equal(1, numerator);
        Assert.Equal(2, denominator);
    }

    [Fact]
    public void Run_UnknownDeprivation_IsAVisibleGroup()
    {
        using var store = new TestStore();
        store.AddPerson(1, Born1960, imdDecile: null);
        store.AddPerson(2, Born1960, imdDecile: 1);

        var compiled = new IndicatorCompiler().Compile(Definition([]), Fy2024, ["icb", "pcn"], ["imd_quintile", "core20"]);
        var counts = new IndicatorEngine(store.Query, Codelists.Value).Run(compiled)[0];

        Assert.Contains(counts.Strata, s => s.Breakdown == "imd_quintile" && s.Group == "Unknown" && s.Denominator == 1);
        Assert.Contains(counts.Strata, s => s.Breakdown == "core20" && s.Group == "Core20" && s.AreaType == "pcn" && s.AreaCode == "U90001");
        Assert.Equal(8, counts.Strata.Count);
    }

    [Fact]
    public void Run_Practices_AreCountedForAllPersonsOnly()
    {
        using var store = new TestStore();
        store.AddPerson(1, Born1960, imdDecile: 1);

        var compiled = new IndicatorCompiler().Compile(Definition([]), Fy2024, ["pcn", "practice"], ["all", "imd_quintile"]);
        var counts = new IndicatorEngine(store.Query, Codelists.Value).Run(compiled)[0];

        Assert.Equal(["all"], counts.Strata.Where(s => s.AreaType == "practice").Select(s => s.Breakdown).Distinct());
        Assert.Contains(counts.Strata, s => s.AreaType == "pcn" && s.Breakdown == "imd_quintile");
    }

    [Fact]
    public void Died_InPeriod_CountsDeathsByLifeTableBand()
    {
        using var store = new TestStore();
        store.AddPerson(1, new DateOnly(2024, 9, 1), death: new DateOnly(2024, 12, 1));
        store.AddPerson(2, Born1960);

        var definition = Definition([], new PersonCount([new DiedCriterion(Window.Period)]), measure: MeasureType.LifeExpectancy);
        var counts = new IndicatorEngine(store.Query, Codelists.Value).Run(new IndicatorCompiler().Compile(definition, Fy2024, ["icb"], ["all"]))[0];

        Assert.Equal(1, counts.Strata.Single(s => s.AgeBand == 0).Numerator);
        Assert.Equal(13, counts.Strata.Single(s => s.Numerator == 0).AgeBand);
    }
}
