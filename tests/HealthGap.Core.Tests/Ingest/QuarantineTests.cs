namespace HealthGap.Core.Tests.Ingest;

/// <summary>The dirty fixture holds one record per defect kind; each must land in quarantine with its reason.</summary>
public sealed class QuarantineTests(DirtyIngest dirty) : IClassFixture<DirtyIngest>, IDisposable
{
    private readonly IngestHarness _harness = new();

    [Theory]
    [InlineData("invalid_nhs_number", "gp_events.csv", "nhs_number", 1)]
    [InlineData("unknown_lsoa", "gp_registrations.csv", "lsoa11cd", 1)]
    [InlineData("unknown_code", "gp_registrations.csv", "sex", 1)]
    [InlineData("unknown_code", "ae_attendances.csv", "department_type", 1)]
    [InlineData("invalid_date", "gp_events.csv", "event_date", 1)]
    [InlineData("date_in_future", "gp_events.csv", "event_date", 1)]
    [InlineData("date_out_of_range", "gp_events.csv", "event_date", 1)]
    [InlineData("missing_required_field", "gp_events.csv", "snomed_code", 1)]
    [InlineData("malformed_line", "gp_events.csv", "(line)", 1)]
    [InlineData("duplicate", "gp_events.csv", "record_id", 1)]
    [InlineData("unregistered_person", "gp_events.csv", "nhs_number", 1)]
    [InlineData("invalid_number", "gp_events.csv", "value", 1)]
    [InlineData("unlinkable", "council_services.csv", "date_of_birth+sex+lsoa11cd", 2)]
    public void Ingest_DirtyFixture_QuarantinesEachDefectWithItsReason(string reason, string file, string field, long expected)
    {
        var summary = dirty.Summary;
        Assert.Equal(expected, dirty.Harness.Scalar(
            $"SELECT count(*) FROM quarantine WHERE reason = '{reason}' AND source_file = '{file}' AND field = '{field}'"));
        Assert.True(summary.QuarantinedByReason[reason] >= expected);
    }

    [Fact]
    public void Ingest_DirtyFixture_SummaryCountsEqualQuarantineTable()
    {
        // The opt-out list's repeated line is not among them: opted-out people leave no trace, not even there.
        Assert.Equal(14, dirty.Summary.Quarantined);
        Assert.Equal(dirty.Summary.Quarantined, dirty.Harness.Scalar("SELECT count(*) FROM quarantine"));
    }

    [Fact]
    public void Ingest_ValidFixture_QuarantinesNothing()
    {
        var summary = _harness.Ingest("valid");
        Assert.Equal(0, summary.Quarantined);
        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM quarantine"));
    }

    [Fact]
    public void Ingest_Quarantine_MasksNhsNumbers()
    {
        Assert.Equal(1, dirty.Harness.Scalar("SELECT count(*) FROM quarantine WHERE value_masked = '999*****19'"));
        Assert.Equal(1, dirty.Harness.Scalar("SELECT count(*) FROM quarantine WHERE value_masked = '1933-**-**|F|E01000001'"));
    }

    [Fact]
    public void Ingest_Quarantine_RecordsTheLine()
    {
        // E10 is the 8th record of gp_events.csv: line 9 with the header on line 1.
        Assert.Equal(9, dirty.Harness.Scalar("SELECT line FROM quarantine WHERE reason = 'invalid_nhs_number'"));
    }

    public void Dispose() => _harness.Dispose();
}
