using HealthGap.Core.Configuration;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.TestSupport.Indicators;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Engine;

/// <summary>
/// The report runs many indicators in one query (one pass over the people). Each indicator's counts
/// from a shared query must be exactly its counts when run alone, whatever else is in the query.
/// </summary>
public sealed class BatchTests
{
    [Fact]
    public void Run_WholeLibraryInOneQueryPerScheme_EqualsEachIndicatorAlone()
    {
        using var store = new TestStore();
        store.Batch(() => RandomPopulation.Write(300, seed: 7, _ => store));
        var library = Loader.LoadDirectory(HealthGapPaths.Shipped.IndicatorsDir).Where(d => d.Period.Kind == PeriodKind.FinancialYear).ToList();
        var engine = new IndicatorEngine(store.Query, Codelists.Value);
        var compiler = new IndicatorCompiler();

        var batched = IndicatorCompiler.Batches(library.Select(d => (d, Fy2024)), size: 100)
            .SelectMany(b => engine.Run(compiler.Compile(b.Definitions, b.Period)))
            .ToDictionary(c => c.Definition.Id);

        Assert.Equal(library.Count, batched.Count);
        Assert.All(library, definition =>
            Assert.Equal(Canonical(engine.Run(compiler.Compile(definition, Fy2024))[0]), Canonical(batched[definition.Id])));
        Assert.Contains(batched.Values, c => c.Strata.Sum(s => s.Numerator) > 0);
    }

    [Fact]
    public void Batches_SplitByPeriodSchemeAndSize_KeepingOrder()
    {
        var library = Loader.LoadDirectory(HealthGapPaths.Shipped.IndicatorsDir);
        var lifeTable = library.Where(d => d.AgeBands == AgeBandScheme.LifeTable).ToList();
        var esp = library.Where(d => d.AgeBands != AgeBandScheme.LifeTable).Take(5).ToList();
        var fy2023 = new ReportingPeriod(new DateOnly(2023, 4, 1), new DateOnly(2024, 3, 31), "2023-24");

        var batches = IndicatorCompiler.Batches([.. esp.Select(d => (d, Fy2024)), .. lifeTable.Select(d => (d, Fy2024)), .. esp.Select(d => (d, fy2023))], size: 2);

        Assert.Equal([2, 2, 1, lifeTable.Count, 2, 2, 1], batches.Select(b => b.Definitions.Count));
        Assert.Equal(esp.Select(d => d.Id), batches.Take(3).SelectMany(b => b.Definitions).Select(d => d.Id));
        Assert.All(batches.Take(3), b => Assert.Equal(Fy2024, b.Period));
        Assert.All(batches.Skip(4), b => Assert.Equal(fy2023, b.Period));
    }

    [Fact]
    public void Compile_DefinitionsWithDifferentAgeBandSchemes_Refused()
    {
        var library = Loader.LoadDirectory(HealthGapPaths.Shipped.IndicatorsDir);
        IndicatorDefinition[] mixed = [library.First(d => d.AgeBands == AgeBandScheme.LifeTable), library.First(d => d.AgeBands != AgeBandScheme.LifeTable)];

        var ex = Assert.Throws<ArgumentException>(() => new IndicatorCompiler().Compile(mixed, Fy2024));

        Assert.Contains("age-band scheme", ex.Message, StringComparison.Ordinal);
    }
}
