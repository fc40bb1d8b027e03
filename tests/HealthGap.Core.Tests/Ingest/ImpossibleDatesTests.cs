namespace HealthGap.Core.Tests.Ingest;

/// <summary>Dates that cannot be true together, or at all for an NHS record, are quarantined with a reason.</summary>
public sealed class ImpossibleDatesTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Theory]
    [InlineData("gp_registrations.csv", "R9,9990000034,2001-11-30,F,A,E01000003,Y90001,2020-01-01,2019-12-31", "registration_end", "end_before_start")]
    [InlineData("inpatient_admissions.csv", "S9,9990000018,2023-02-10,2023-02-05,21,I219,K401,320", "discharge_date", "end_before_start")]
    [InlineData("adult_social_care.csv", "C9,9990000018,home_care,2022-01-01,2021-12-31", "service_end", "end_before_start")]
    [InlineData("council_services.csv", "K9,,1980-07-02,M,E01000002,blue_badge,2021-01-01,2020-01-01", "service_end", "end_before_start")]
    [InlineData("waiting_list.csv", "W9,9990000034,2022-11-01,130,urgent,ORTT,2022-10-01", "clock_stop_date", "end_before_start")]
    [InlineData("deaths.csv", "D9,9990000034,1901-03-01,I219", "date_of_death", "date_out_of_range")]
    [InlineData("gp_events.csv", "E9,9990000018,1947-12-31,60621009,,Y90001", "event_date", "date_out_of_range")]
    [InlineData("gp_registrations.csv", "R9,9990000034,2001-11-30,F,A,E01000003,Y90001,1999-01-01,", "registration_start", "before_birth")]
    [InlineData("council_services.csv", "K9,,1980-07-02,M,E01000002,blue_badge,1979-01-01,", "service_start", "before_birth")]
    [InlineData("social_prescribing_referrals.csv", "V9,9990000034,2001-11-30,F,E01000003,2000-03-03,gp,befriending,accepted,Y", "referral_date", "before_birth")]
    [InlineData("gp_events.csv", "E9,9990000018,2025-07-01,60621009,,Y90001", "event_date", "date_in_future")]
    public void Ingest_ImpossibleDate_QuarantinedWithReason(string file, string line, string field, string reason)
    {
        var extract = new ExtractFolder(_harness).Append(file, line);

        var summary = _harness.Ingest(extract.Path);

        Assert.Equal(1, summary.Quarantined);
        Assert.Equal(1, _harness.Scalar($"SELECT count(*) FROM quarantine WHERE source_file = '{file}' AND field = '{field}' AND reason = '{reason}'"));
    }

    [Fact]
    public void Ingest_EndOnItsStartDay_Accepted()
    {
        var extract = new ExtractFolder(_harness).Append("inpatient_admissions.csv", "S9,9990000018,2023-02-10,2023-02-10,21,I219,K401,320");

        Assert.Equal(0, _harness.Ingest(extract.Path).Quarantined);
    }

    public void Dispose() => _harness.Dispose();
}
