using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Engine;

/// <summary>
/// The generated SQL of each node kind, compared with Golden/*.sql. To accept a deliberate change,
/// run the tests with HEALTHGAP_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class GoldenSqlTests
{
    private static readonly EventFilter Emergency = new(["icd10_mi"], ["apc"], ["emergency_admission"], ["21", "2A"], Window.Period);

    /// <summary>One minimal definition per node kind; the key is the golden file name and the node type.</summary>
    public static readonly IReadOnlyDictionary<Type, IndicatorDefinition> Cases = new Dictionary<Type, IndicatorDefinition>
    {
        [typeof(RegisteredCriterion)] = Definition([new RegisteredCriterion()]),
        [typeof(AgeCriterion)] = Definition([new AgeCriterion(18, 64)]),
        [typeof(FlagCriterion)] = Definition([new FlagCriterion("learning_disability")]),
        [typeof(OnRegisterCriterion)] = Definition([new OnRegisterCriterion("hyp_cod", "hypres_cod")]),
        [typeof(HasEventCriterion)] = Definition([], new PersonCount([new HasEventCriterion(new EventFilter(["flu_cod"], ["gp"], [], [], new Window(WindowKind.FromMonth, 9)), 2)])),
        [typeof(LatestValueCriterion)] = Definition([], new PersonCount([new LatestValueCriterion("sysbp_cod", new Window(WindowKind.Months, 12), Comparison.LessOrEqual, 140)])),
        [typeof(DiedCriterion)] = Definition([], new PersonCount([new DiedCriterion(Window.Period)]), measure: MeasureType.LifeExpectancy),
        [typeof(AllOfCriterion)] = Definition([new AllOfCriterion([new AgeCriterion(80, null), new FlagCriterion("carer")])]),
        [typeof(AnyOfCriterion)] = Definition([new AnyOfCriterion([new AgeCriterion(null, 17), new FlagCriterion("homeless")])]),
        [typeof(NotCriterion)] = Definition([new NotCriterion(new FlagCriterion("care_home"))]),
        [typeof(PersonCount)] = Definition([new RegisteredCriterion()], new PersonCount([new AgeCriterion(65, null)])),
        [typeof(EventCount)] = Definition([new RegisteredCriterion()], new EventCount(Emergency), measure: MeasureType.DirectlyStandardisedRate),
        [typeof(PersonYearsCount)] = Definition([new AgeCriterion(null, 17)], new EventCount(Emergency), new PersonYearsCount(), MeasureType.CrudeRate),
        [typeof(DeathCount)] = Definition([], new DeathCount(), new PersonYearsCount(), MeasureType.LifeExpectancy),
        [typeof(TumourCount)] = Definition([], new TumourCount("icd10_cancer_stageable", ["1", "2"], ["emergency_presentation"], true, Window.Period)),
        [typeof(SpellProcedure)] = Definition([new RegisteredCriterion()], new EventCount(Emergency with
        {
            Codelists = ["icd10_acsc_chronic"],
            ExcludedCodelists = ["icd10_acsc_chronic/copd_conditional"],
            Conditions = [new SpellProcedure("opcs4_acsc_exclusions/cardiac", false, ["icd10_acsc_chronic/hypertension"]), new SpellProcedure("opcs4_tooth_extraction", true, [])],
        }), measure: MeasureType.DirectlyStandardisedRate),
    };

    public static TheoryData<string> Kinds => [.. Cases.Keys.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Compile_NodeKind_MatchesGoldenSql(string kind)
    {
        var definition = Cases.Single(c => c.Key.Name == kind).Value;
        var compiled = new IndicatorCompiler().Compile(definition, Fy2024, ["icb", "practice"], ["all", "imd_quintile"]);
        var actual = compiled.Sql + "-- parameters: " + string.Join(", ", compiled.Parameters.Select(p => $"{p.Key}={p.Value}")) + "\n";
        var path = Path.Combine(SourceDirectory(), "Golden", kind + ".sql");

        if (Environment.GetEnvironmentVariable("HEALTHGAP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {path}; run with HEALTHGAP_UPDATE_GOLDEN=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void EveryNodeKind_HasAnEmitterAndAGoldenTest()
    {
        var nodeKinds = typeof(Criterion).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Criterion)) || t.IsSubclassOf(typeof(CountSpec)) || t.IsSubclassOf(typeof(EventCondition))))
            .ToList();

        var compiler = new IndicatorCompiler();
        Assert.All(nodeKinds, t => Assert.True(compiler.NodeTypes.Contains(t), $"node kind {t.Name} has no SQL emitter"));
        Assert.All(nodeKinds, t => Assert.True(Cases.ContainsKey(t), $"node kind {t.Name} has no golden SQL test case"));
    }

    [Fact]
    public void Compile_Literals_NeverPastedIntoSql()
    {
        var definition = Definition([new OnRegisterCriterion("hyp_cod", "hypres_cod")], new PersonCount([new LatestValueCriterion("sysbp_cod", Window.Period, Comparison.Less, 141.5)]));

        var sql = new IndicatorCompiler().Compile(definition, Fy2024).Sql;

        Assert.DoesNotContain("hyp_cod", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("141.5", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-03-31", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownAreaType_FailsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorCompiler().Compile(Definition([]), Fy2024, ["ward"]));

        Assert.Contains("'ward'", ex.Message, StringComparison.Ordinal);
    }
}
