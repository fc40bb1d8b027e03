using HealthGap.Core.Configuration;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.TestSupport.Indicators;

namespace HealthGap.Core.Tests.Indicators;

/// <summary>Shared helpers: the repository's code lists and library, and definitions built in code.</summary>
internal static class IndicatorTestData
{
    public static readonly Lazy<CodelistLibrary> Codelists = new(() => CodelistLibrary.Load(HealthGapPaths.Shipped.CodelistsDir));

    public static readonly ReportingPeriod Fy2024 = new(new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), "2024-25");

    public static DefinitionLoader Loader => new(Codelists.Value);

    /// <summary>This folder in the source tree (tests/HealthGap.Core.Tests/Indicators).</summary>
    public static string SourceDirectory() => ThisFile();

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path)!;

    public static IndicatorDefinition Definition(
        IReadOnlyList<Criterion> population, CountSpec? numerator = null, CountSpec? denominator = null, MeasureType measure = MeasureType.Proportion) =>
        new(
            "test_indicator", "Test", "Test description.", "Test rationale.", "Test source.", measure, 100, Polarity.HigherBetter,
            new PeriodSpec(PeriodKind.FinancialYear, null), population, numerator ?? new PersonCount([]), denominator ?? new PersonCount([]),
            ["all", "imd_quintile"], null, "test_indicator.yaml");

    /// <summary>Runs a definition on a store for FY 2024-25 at ICB level and returns (numerator, denominator) of the "all" group.</summary>
    public static (long Numerator, long Denominator) RunAll(TestStore store, IndicatorDefinition definition)
    {
        var compiled = new IndicatorCompiler().Compile(definition, Fy2024, ["icb"], ["all"]);
        var counts = new IndicatorEngine(store.Query, Codelists.Value).Run(compiled)[0];
        return (counts.Strata.Sum(s => s.Numerator), counts.Strata.Sum(s => s.Denominator));
    }

    /// <summary>Strata as sorted text lines, to compare two results exactly.</summary>
    public static List<string> Canonical(IndicatorCounts counts) =>
        [.. counts.Strata.Select(s => $"{s.AreaType}|{s.AreaCode}|{s.Breakdown}|{s.Group}|{s.AgeBand}|{s.Sex}|{s.Numerator}|{s.Denominator}").Order(StringComparer.Ordinal)];
}
