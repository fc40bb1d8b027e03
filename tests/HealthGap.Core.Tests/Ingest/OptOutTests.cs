using HealthGap.Core.Store;

namespace HealthGap.Core.Tests.Ingest;

public sealed class OptOutTests : IDisposable
{
    private const string OptedOut = "9990000069";
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Ingest_OptedOutPerson_IsInNoTable()
    {
        _harness.Ingest("dirty");
        var id = IngestHarness.PersonId(OptedOut);
        foreach (var table in new[] { "person", "person_residence", "event", "waiting_list", "cancer" })
        {
            Assert.Equal(0, _harness.Scalar($"SELECT count(*) FROM {table} WHERE person_id = {id}"));
        }

        // Their council record (no NHS number, linked by date of birth + sex + LSOA) is dropped, not quarantined.
        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM quarantine WHERE value_masked LIKE '1970-%'"));
        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM quarantine WHERE value_masked = '999*****69'"));
    }

    [Fact]
    public void Ingest_OptOuts_OnlyTheCountIsStored()
    {
        var summary = _harness.Ingest("dirty");
        Assert.Equal(1, summary.OptedOutPeople);
        Assert.Equal(4, summary.OptedOutRecords);
        Assert.Equal(1, _harness.Scalar("SELECT opted_out FROM opt_out_count"));
    }

    [Fact]
    public void Ingest_PersonOptsOutLater_IsRemovedFromEveryTable()
    {
        var withoutList = Path.Combine(_harness.Folder, "first");
        Directory.CreateDirectory(withoutList);
        foreach (var file in Directory.GetFiles(IngestHarness.Fixture("valid")).Where(f => !f.EndsWith("opt_outs.csv", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(withoutList, Path.GetFileName(file)));
        }

        _harness.Ingest(withoutList);
        var id = IngestHarness.PersonId(OptedOut);
        Assert.Equal(1, _harness.Scalar($"SELECT count(*) FROM person WHERE person_id = {id}"));

        var summary = _harness.Ingest("valid");
        foreach (var table in StoreSchema.Tables.Where(t => t is "person" or "person_residence" or "event"))
        {
            Assert.Equal(0, _harness.Scalar($"SELECT count(*) FROM {table} WHERE person_id = {id}"));
        }

        Assert.Equal(1, summary.OptedOutPeople);
    }

    public void Dispose() => _harness.Dispose();
}
