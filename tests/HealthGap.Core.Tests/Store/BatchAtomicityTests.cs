using HealthGap.Core.Ingest;
using HealthGap.Core.Tests.Ingest;

namespace HealthGap.Core.Tests.Store;

public sealed class BatchAtomicityTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Ingest_SameFilesAgain_ChangesNoTable()
    {
        _harness.Ingest("dirty");
        var before = _harness.Fingerprint();
        var bytesBefore = File.ReadAllBytes(_harness.StorePath);
        var again = _harness.Ingest("dirty");
        Assert.Null(again.BatchId);
        Assert.Equal(before, _harness.Fingerprint());
        Assert.Equal(bytesBefore, File.ReadAllBytes(_harness.StorePath));
    }

    [Fact]
    public void Ingest_OverlappingLaterExtract_AddsOnlyNewRecords()
    {
        _harness.Ingest("valid");
        var events = _harness.Scalar("SELECT count(*) FROM event");
        var later = Path.Combine(_harness.Folder, "later");
        Directory.CreateDirectory(later);
        var lines = File.ReadAllLines(IngestHarness.Fixture("valid/gp_events.csv")).ToList();
        lines.Add("E99,9990000018,2024-01-01,60621009,25.1,Y90001");
        File.WriteAllLines(Path.Combine(later, "gp_events.csv"), lines);
        File.Copy(IngestHarness.Fixture("valid/opt_outs.csv"), Path.Combine(later, "opt_outs.csv"));

        var summary = _harness.Ingest(later);
        Assert.Equal(events + 1, _harness.Scalar("SELECT count(*) FROM event"));
        Assert.Equal(0, summary.Quarantined);
        Assert.Equal(events + 1, _harness.Scalar("SELECT count(DISTINCT record_key) FROM event"));
    }

    [Fact]
    public void Ingest_FailureAfterStaging_LeavesPreviousStoreIntact()
    {
        _harness.Ingest("valid");
        var before = _harness.Fingerprint();
        Assert.Throws<IngestException>(() => _harness.Ingest("dirty", failAfterStaging: true));
        Assert.Equal(before, _harness.Fingerprint());
        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM quarantine"));
    }

    [Fact]
    public void Ingest_DifferentKeyOnSameStore_IsRefused()
    {
        _harness.Ingest("valid");
        var error = Assert.Throws<IngestException>(() => _harness.Ingest("dirty", keyHex: new string('a', 64)));
        Assert.Contains("different pseudonymisation key", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();
}
