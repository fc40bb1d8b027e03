using HealthGap.Core.Configuration;
using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Reporting;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>Extracts loaded with synth's <c>truth.json</c> beside them leave a store every report can call synthetic.</summary>
public sealed class SyntheticMarkerTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Ingest_TruthJsonBesideTheExtracts_ReportSeesSyntheticData()
    {
        var extracts = CopyValidFixture();
        File.WriteAllText(Path.Combine(extracts, "truth.json"), """{ "generator": "healthgap synth", "nhs_numbers": { "synthetic": true } }""");

        _harness.Ingest(extracts);

        Assert.True(HasSyntheticData());
        Assert.Equal(1, _harness.Scalar("SELECT count(*) FROM ingest_file WHERE file_name = 'truth.json' AND feed = 'synthetic_truth'"));
    }

    [Fact]
    public void Ingest_NoTruthJson_ReportDoesNotCallTheDataSynthetic()
    {
        _harness.Ingest(CopyValidFixture());

        Assert.False(HasSyntheticData());
    }

    [Fact]
    public void Ingest_TruthJsonThatDoesNotSaySynthetic_IsNotTakenAsSynthetic()
    {
        var extracts = CopyValidFixture();
        File.WriteAllText(Path.Combine(extracts, "truth.json"), """{ "nhs_numbers": { "synthetic": false } }""");

        _harness.Ingest(extracts);

        Assert.False(HasSyntheticData());
    }

    public void Dispose() => _harness.Dispose();

    private bool HasSyntheticData()
    {
        using var connection = _harness.Open();
        return new IndicatorReport(connection, CodelistLibrary.Load(HealthGapPaths.Shipped.CodelistsDir), DisclosureGate.Standard, []).HasSyntheticData();
    }

    private string CopyValidFixture()
    {
        var target = Path.Combine(_harness.Folder, "extracts");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(IngestHarness.Fixture("valid")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
