using HealthGap.Core.Indicators.Definitions;
using HealthGap.TestSupport.Indicators;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Engine;

/// <summary>Procedures of the same hospital spell, through the shipped definitions that use them.</summary>
public sealed class SpellProcedureTests
{
    private static readonly DateOnly In = new(2024, 6, 3);
    private static readonly DateOnly Out = new(2024, 6, 5);

    private static IndicatorDefinition Shipped(string id) =>
        Loader.LoadFile(Path.Combine(SourceDirectory(), "..", "..", "..", "indicators", id + ".yaml"));

    [Fact]
    public void ToothExtraction_CariesSpells_CountOnlyWithAnExtractionInTheSameSpell()
    {
        using var store = new TestStore();
        store.AddPerson(1, new DateOnly(2018, 6, 1));
        store.AddPerson(2, new DateOnly(2018, 6, 1));
        store.AddSpell(1, In, In, "K021", "F104", kind: "elective_admission");             // counted
        store.AddSpell(1, In.AddDays(30), In.AddDays(30), "K029", "F091", kind: "elective_admission"); // counted (F09)
        store.AddSpell(1, In.AddDays(60), In.AddDays(60), "K021", null, kind: "elective_admission");   // no procedure
        store.AddSpell(1, In.AddDays(90), In.AddDays(90), "K021", "F141", kind: "elective_admission"); // not an extraction
        store.AddSpell(2, In, In.AddDays(1), "K021", null, kind: "elective_admission");                // no procedure in its spell...
        store.AddEvent(2, In, "F104", source: "apc", kind: "procedure", system: "opcs4", end: In.AddDays(2)); // ...this one ends another day

        var (numerator, denominator) = RunAll(store, Shipped("cyp_tooth_extraction_ga"));

        Assert.Equal(2, numerator);
        Assert.Equal(2 * 365, denominator); // two children's days at risk in the year
    }

    [Fact]
    public void AcscChronic_ProcedureExclusions_DropOperatedAnginaHeartFailureAndHypertensionSpellsAndJ20()
    {
        using var store = new TestStore();
        store.AddPerson(1, new DateOnly(1950, 6, 1));
        store.AddSpell(1, In, Out, "I209", "K401");                              // angina with a heart operation: out
        store.AddSpell(1, In.AddDays(10), Out.AddDays(10), "I209", "W371");      // angina with any operation: out
        store.AddSpell(1, In.AddDays(20), Out.AddDays(20), "I209", "U051");      // angina with imaging only: in
        store.AddSpell(1, In.AddDays(30), Out.AddDays(30), "I10", "K601");       // hypertension with a pacemaker: out
        store.AddSpell(1, In.AddDays(40), Out.AddDays(40), "I10", "W371");       // hypertension, non-cardiac operation: in
        store.AddSpell(1, In.AddDays(50), Out.AddDays(50), "I500", "K751");      // heart failure, K75 not excluded: in
        store.AddSpell(1, In.AddDays(60), Out.AddDays(60), "J459", "K401");      // asthma: no exclusion, in
        store.AddSpell(1, In.AddDays(70), Out.AddDays(70), "J209", null);        // acute bronchitis: out (no secondary diagnoses)
        store.AddSpell(1, In.AddDays(80), Out.AddDays(80), "I500", null);        // heart failure, no procedure: in

        var (numerator, _) = RunAll(store, Shipped("dsr_acsc_chronic"));

        Assert.Equal(5, numerator);
    }

    [Fact]
    public void SpellProcedure_WithoutProcedureRows_MatchesNoSpell()
    {
        using var store = new TestStore();
        store.AddPerson(1, new DateOnly(1950, 6, 1));
        store.AddSpell(1, In, Out, "K021", null, kind: "elective_admission");

        var filter = new EventFilter(["icd10_dental_caries"], ["apc"], [], [], Window.Period) { Conditions = [new SpellProcedure("opcs4_tooth_extraction", true, [])] };
        var (numerator, _) = RunAll(store, Definition([], new EventCount(filter), measure: MeasureType.CrudeRate));

        Assert.Equal(0, numerator);
    }
}
