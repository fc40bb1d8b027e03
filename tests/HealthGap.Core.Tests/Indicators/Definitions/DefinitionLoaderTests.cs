using HealthGap.Core.Indicators.Definitions;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Definitions;

public sealed class DefinitionLoaderTests
{
    private static string Fixtures => Path.Combine(SourceDirectory(), "Fixtures");

    public static TheoryData<string> InvalidFiles =>
        [.. Directory.EnumerateFiles(Path.Combine(SourceDirectory(), "Fixtures", "Invalid"), "*.yaml").Select(f => Path.GetFileName(f)!).Order()];

    [Fact]
    public void LoadFile_ValidDefinition_ReadsEveryField()
    {
        var definition = Loader.LoadFile(Path.Combine(Fixtures, "Valid", "valid_minimal.yaml"));

        Assert.Equal("valid_minimal", definition.Id);
        Assert.Equal(MeasureType.Proportion, definition.Measure);
        Assert.Equal(Polarity.HigherBetter, definition.Polarity);
        Assert.Equal(new OnRegisterCriterion("hyp_cod", "hypres_cod"), definition.Population[1]);
        var where = Assert.IsType<PersonCount>(definition.Numerator).Where;
        Assert.Equal(new LatestValueCriterion("sysbp_cod", new Window(WindowKind.Months, 12), Comparison.LessOrEqual, 140), where[0]);
        Assert.Equal(new IndicatorTarget(80, "NHS planning guidance", 2025), definition.Target);
        Assert.Contains("learning_disability", definition.Breakdowns);
        Assert.Equal("all", definition.Breakdowns[0]);
    }

    [Fact]
    public void LoadFile_ObservedVsExpected_ReadsReferenceRates()
    {
        var definition = Loader.LoadFile(Path.Combine(Fixtures, "Valid", "valid_isr.yaml"));

        Assert.Equal(MeasureType.IndirectlyStandardisedRatio, definition.Measure);
        Assert.NotNull(definition.Expected);
        Assert.Equal("Test survey 2020", definition.Expected.Source);
        Assert.Equal([new ExpectedRate(16, 24, 0.06, 0.02), new ExpectedRate(25, 64, 0.3, 0.2), new ExpectedRate(65, null, 0.64, 0.75)], definition.Expected.Rates);
    }

    [Fact]
    public void LoadFile_PooledYears_ReadWithTheKindOfYear()
    {
        var pooled = Loader.LoadFile(Path.Combine(Fixtures, "Valid", "valid_pooled.yaml")).Period;

        Assert.Equal(new PeriodSpec(PeriodKind.CalendarYear, null) { PooledYears = 5 }, pooled);
        Assert.Null(Loader.LoadFile(Path.Combine(Fixtures, "Valid", "valid_minimal.yaml")).Period.PooledYears);
    }

    [Fact]
    public void LoadFile_OtherMeasures_HaveNoExpectedRates()
    {
        Assert.Null(Loader.LoadFile(Path.Combine(Fixtures, "Valid", "valid_minimal.yaml")).Expected);
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void LoadFile_InvalidDefinition_FailsWithClearMessage(string file)
    {
        var path = Path.Combine(Fixtures, "Invalid", file);
        var expected = File.ReadLines(path).First().Replace("# expect: ", "", StringComparison.Ordinal);

        var ex = Assert.Throws<DefinitionException>(() => Loader.LoadFile(path));

        Assert.StartsWith(file, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_ShippedLibrary_LoadsAndCompiles()
    {
        var library = Loader.LoadDirectory(Path.Combine(SourceDirectory(), "..", "..", "..", "indicators"));

        Assert.True(library.Count >= 20, $"only {library.Count} indicators in the library");
        Assert.All(library, d => Assert.NotEmpty(new HealthGap.Core.Indicators.Engine.IndicatorCompiler().Compile(d, Fy2024).Sql));
    }
}
