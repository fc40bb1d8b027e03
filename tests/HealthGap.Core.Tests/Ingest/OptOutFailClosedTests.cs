using HealthGap.Core.Ingest;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>The opt-out list fails closed: any line with an NHS number in it opts that person out.</summary>
public sealed class OptOutFailClosedTests : IDisposable
{
    private const string Listed = "9990000069";
    private readonly IngestHarness _harness = new();

    [Theory]
    [InlineData("9990000069,,extra,fields")]
    [InlineData("9990000069,")]
    [InlineData("\"999 000 0069\"")]
    [InlineData("999-000-0069,x")]
    [InlineData("nhs 9990000069")]
    public void Ingest_OptOutLineOfAnyShape_PersonIsInNoTableAndNoQuarantine(string line)
    {
        var extract = new ExtractFolder(_harness);
        File.WriteAllText(extract.File("opt_outs.csv"), "nhs_number\n" + line + "\n");

        var summary = _harness.Ingest(extract.Path);

        var id = IngestHarness.PersonId(Listed);
        foreach (var table in new[] { "person", "person_residence", "event" })
        {
            Assert.Equal(0, _harness.Scalar($"SELECT count(*) FROM {table} WHERE person_id = {id}"));
        }

        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM quarantine WHERE source_file = 'opt_outs.csv'"));
        Assert.Equal(1, summary.OptOutListSize);
    }

    [Fact]
    public void Ingest_MalformedLinesOfOptedOutPerson_DroppedNotQuarantined()
    {
        var extract = new ExtractFolder(_harness)
            .Append("gp_events.csv", "X1,9990000069,2023-01-01", "X2,9990000069,2023-01-01,60621009,,Y90001,extra")
            .Append("council_services.csv", "X3,,1970-01-01,F,E01000001,blue_badge,2021-01-01,,9990000069");

        var summary = _harness.Ingest(extract.Path);

        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM quarantine"));
        Assert.Equal(0, summary.Quarantined);
        Assert.True(summary.OptedOutRecords >= 3);
    }

    [Fact]
    public void Ingest_OptedOutNumberInAnotherColumnOfABadRecord_Dropped()
    {
        // The NHS number column is invalid, but the record id names a listed person: it must leave no trace.
        var extract = new ExtractFolder(_harness).Append("gp_events.csv", "9990000069,9990000019,2023-01-01,60621009,,Y90001");

        _harness.Ingest(extract.Path);

        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM quarantine"));
    }

    [Fact]
    public void Ingest_OptOutLineNotUtf8WithoutNumber_StopsTheBatchAndKeepsNothing()
    {
        var extract = new ExtractFolder(_harness).AppendBytes("opt_outs.csv", [0x39, 0x39, 0xFF, 0xFE, 0x0A]);

        var error = Assert.Throws<IngestException>(() => _harness.Ingest(extract.Path));

        Assert.Contains("opt_outs.csv line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing of this batch was kept", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_harness.StorePath) && _harness.Scalar("SELECT count(*) FROM person") > 0);
    }

    [Fact]
    public void Ingest_OptOutListLineRepeated_NotInQuarantine()
    {
        var extract = new ExtractFolder(_harness).Append("opt_outs.csv", Listed, Listed);

        var summary = _harness.Ingest(extract.Path);

        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM quarantine"));
        Assert.Equal(1, summary.OptOutListSize);
    }

    public void Dispose() => _harness.Dispose();
}
