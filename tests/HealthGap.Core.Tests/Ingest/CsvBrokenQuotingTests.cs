using HealthGap.Core.Ingest;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>
/// CSV the reader cannot parse (found by <c>healthgap bench fuzz</c>): broken quoting or an over-long record
/// used to crash ingest with Sylvan's exception; now the rest of the file is one quarantined record and the
/// rows before it are kept. An empty file is refused with its name, as a missing column is.
/// </summary>
public sealed class CsvBrokenQuotingTests : IDisposable
{
    private const string Header = "record_id,nhs_number,event_date,snomed_code,value,practice_code";
    private const string Good = "E1,9990000018,2023-05-02,72313002,138,Y90001";
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Ingest_QuotedFieldNotClosedProperly_QuarantinesTheRestOfTheFileNotACrash()
    {
        var summary = _harness.Ingest(Folder($"{Header}\n{Good}\nE2,9990000018,\"2021-01-10\"x,10007009,,Y90001\nE3,9990000026,2018-03-01,1086471000000103,,Y90002\n"));

        var events = summary.Files.Single(f => f.File == "gp_events.csv");
        Assert.Equal((2L, 1L, 1L), (events.Read, events.Accepted, events.Quarantined));
        Assert.Equal(1, _harness.Scalar("SELECT count(*) FROM quarantine WHERE reason = 'malformed_line' AND line = 3 AND detail LIKE 'gp_events.csv line 3: a quoted field is not closed properly;%'"));
    }

    [Fact]
    public void Ingest_RecordLongerThanTheReaderTakes_QuarantinedNotACrash()
    {
        var summary = _harness.Ingest(Folder($"{Header}\n{Good}\nE2,9990000018,2021-01-10,{new string('7', 200_000)},,Y90001\n"));

        Assert.Equal(1, summary.Files.Single(f => f.File == "gp_events.csv").Accepted);
        Assert.Equal(1, _harness.Scalar("SELECT count(*) FROM quarantine WHERE reason = 'malformed_line' AND detail LIKE 'gp_events.csv line 3: a record is longer than ingest reads%'"));
    }

    [Fact]
    public void Ingest_EmptyCsvFile_RefusedNamingTheFile()
    {
        var ex = Assert.Throws<IngestException>(() => _harness.Ingest(Folder("")));

        Assert.StartsWith("gp_events.csv: the header line could not be read", ex.Message, StringComparison.Ordinal);
    }

    private string Folder(string events)
    {
        var folder = Path.Combine(_harness.Folder, "in");
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { "gp_practices.csv", "gp_registrations.csv" })
        {
            File.Copy(Path.Combine(IngestHarness.Fixture("gp_csv"), file), Path.Combine(folder, file));
        }

        File.WriteAllText(Path.Combine(folder, "gp_events.csv"), events);
        return folder;
    }

    public void Dispose() => _harness.Dispose();
}
