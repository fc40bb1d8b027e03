using System.Text;
using HealthGap.Core.Ingest;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>
/// A CSV file that cannot be read as CSV stops the batch with a message naming file, line and field, and
/// leaves the store as it was; damage inside a readable record (control characters, bytes that are not
/// UTF-8, a quoted line break) quarantines that record at the physical line where it starts.
/// </summary>
public sealed class CsvDamageTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    public static TheoryData<string, string, string> Unreadable => new()
    {
        { "unterminated quote", "E90,9990000018,\"2023-01-01,60621009,,Y90001\nE91,9990000018,2023-01-01,60621009,,Y90001\n", "gp_events.csv line 9: field 3 (event_date)" },
        { "record over 1 MB", "E90,9990000018,2023-01-01,60621009,," + new string('x', 1_100_000) + "\n", "gp_events.csv line 9: the record is longer than 1024 KB" },
        { "empty file", "", "gp_events.csv is empty" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Ingest_UnreadableCsv_ClearErrorAndStoreAsItWas(string damage, string content, string expected)
    {
        _harness.Ingest("valid");
        var before = _harness.Fingerprint();
        var extract = new ExtractFolder(_harness, "later");
        File.Delete(extract.File("opt_outs.csv"));
        if (content.Length == 0)
        {
            File.WriteAllBytes(extract.File("gp_events.csv"), []);
        }
        else
        {
            extract.Append("gp_events.csv", content.TrimEnd('\n'));
        }

        var error = Assert.Throws<IngestException>(() => _harness.Ingest(extract.Path));

        Assert.Contains("gp_events.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing of this batch was kept", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, _harness.Fingerprint());
        Assert.True(damage.Length > 0);
    }

    [Fact]
    public void Ingest_RecordOf200Kb_QuarantinedNotACrash()
    {
        var extract = new ExtractFolder(_harness).Append("gp_events.csv", "E90,9990000018,2023-01-01,60621009,,Y" + new string('x', 200_000));

        var summary = _harness.Ingest(extract.Path);

        Assert.Equal(1, summary.QuarantinedByReason["unknown_code"]);
    }

    [Theory]
    [InlineData("E9\u00001,9990000018,2023-01-01,60621009,,Y90001", "record_id", "control_character")]
    [InlineData("E91,9990000018,2023-01-01,6062\t1009,,Y90001", "snomed_code", "control_character")]
    [InlineData("E91,9990000018,2023-01-01,60621009,\"1\n2\",Y90001", "value", "control_character")]
    [InlineData("E91,9990000018,2023-01-01,60621009,,Y9\u007f0001", "practice_code", "control_character")]
    public void Ingest_ControlCharacterInAField_QuarantinedWithReason(string line, string field, string reason)
    {
        var extract = new ExtractFolder(_harness).Append("gp_events.csv", line);

        _harness.Ingest(extract.Path);

        Assert.Equal(1, _harness.Scalar($"SELECT count(*) FROM quarantine WHERE field = '{field}' AND reason = '{reason}' AND line = 9"));
        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM event WHERE record_key LIKE 'gp_events:E9%'"));
    }

    [Fact]
    public void Ingest_NulInRecordIds_LaterBatchDeletesNothing()
    {
        // DuckDB cut both keys at the NUL: they became one key, and a later batch repeating it removed both.
        var first = new ExtractFolder(_harness, "first").Append("gp_events.csv",
            "E9\u0000a,9990000018,2023-01-01,60621009,,Y90001", "E9\u0000b,9990000018,2023-01-02,60621009,,Y90001");
        _harness.Ingest(first.Path);
        var second = new ExtractFolder(_harness, "second").Append("gp_events.csv", "E9,9990000018,2023-01-03,60621009,,Y90001");
        second.Append("gp_events.csv", "E99,9990000018,2023-01-04,60621009,,Y90001");

        _harness.Ingest(second.Path);

        Assert.Equal(2, _harness.Scalar("SELECT count(*) FROM quarantine WHERE reason = 'control_character'"));
        Assert.Equal(1, _harness.Scalar("SELECT count(*) FROM event WHERE record_key = 'gp_events:E9'"));
        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM event WHERE contains(record_key, chr(0))"));
    }

    [Fact]
    public void Ingest_BytesNotUtf8_QuarantinedAsInvalidUtf8()
    {
        var extract = new ExtractFolder(_harness)
            .AppendBytes("gp_practices.csv", [.. Encoding.ASCII.GetBytes("Y90009,Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" Surgery,U90001,PCN,E06000009\n")]);

        _harness.Ingest(extract.Path);

        Assert.Equal(1, _harness.Scalar("SELECT count(*) FROM quarantine WHERE reason = 'invalid_utf8' AND field = 'practice_name'"));
        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM ref_practice WHERE practice_code = 'Y90009'"));
    }

    [Fact]
    public void Ingest_QuotedLineBreak_LaterLinesKeepTheirPhysicalNumbers()
    {
        var extract = new ExtractFolder(_harness).Append("gp_events.csv",
            "E90,9990000018,2023-01-01,60621009,\"1\n\n2\",Y90001",
            "E91,9990000018,2023-02-30,60621009,,Y90001");

        _harness.Ingest(extract.Path);

        Assert.Equal(9, _harness.Scalar("SELECT line FROM quarantine WHERE reason = 'control_character'"));
        Assert.Equal(12, _harness.Scalar("SELECT line FROM quarantine WHERE reason = 'invalid_date'"));
    }

    public void Dispose() => _harness.Dispose();
}
