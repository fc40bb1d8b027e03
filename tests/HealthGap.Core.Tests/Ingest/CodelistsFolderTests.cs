using HealthGap.Core.Configuration;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;
using HealthGap.Core.Store;
using HealthGap.Core.Vocabulary;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>Ingest reads its code lists through <see cref="HealthGapPaths"/> and the same reader as the indicator compiler.</summary>
public sealed class CodelistsFolderTests : IDisposable
{
    // The learning-disability code of person 9990000018's event E2 in the valid fixture.
    private const string LearningDisabilityCode = "10007009";
    private readonly IngestHarness _harness = new();

    [Fact]
    public void PlusFlagRules_EveryCodeList_ResolvesInTheLibraryTheReportUses()
    {
        foreach (var rule in PlusFlag.All.Select(f => f.Derivation).Where(r => r.CodeSystem != PlusFlagDerivation.Local))
        {
            foreach (var reference in rule.Include.Concat(rule.Exclude))
            {
                Assert.Null(Codelists.Value.Check(reference));
                Assert.NotEmpty(Codelists.Value.Codes(reference));
            }
        }
    }

    [Fact]
    public void Ingest_CodelistsFolderFromPaths_DecidesThePlusFlags()
    {
        Assert.Contains(LearningDisabilityCode, Codelists.Value.Codes("ld_cod"));
        var folder = Directory.CreateDirectory(Path.Combine(_harness.Folder, "codelists")).FullName;
        foreach (var file in Directory.GetFiles(HealthGapPaths.Shipped.CodelistsDir, "*.csv"))
        {
            var lines = File.ReadLines(file).Where(l => !l.StartsWith(LearningDisabilityCode + ",", StringComparison.Ordinal));
            File.WriteAllLines(Path.Combine(folder, Path.GetFileName(file)), lines);
        }

        new Ingestor(new IngestOptions(IngestHarness.Fixture("valid"), _harness.StorePath, PseudonymisationKey.FromText(IngestHarness.KeyHex, "test"))
        {
            Paths = HealthGapPaths.Resolve(codelistsDir: folder),
            Today = IngestHarness.Today,
            MemoryLimit = MemoryLimit.Parse("500MB"),
        }).Run();

        // The report would read the same folder through the same reader: the code is gone there too.
        Assert.DoesNotContain(LearningDisabilityCode, CodelistLibrary.Load(folder).Codes("ld_cod"));
        Assert.Equal(0, _harness.Scalar($"SELECT count(*) FROM person WHERE person_id = {IngestHarness.PersonId("9990000018")} AND learning_disability"));
    }

    public void Dispose() => _harness.Dispose();
}
