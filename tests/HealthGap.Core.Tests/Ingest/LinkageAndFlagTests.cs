namespace HealthGap.Core.Tests.Ingest;

public sealed class LinkageAndFlagTests(ValidIngest valid) : IClassFixture<ValidIngest>, IDisposable
{
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Ingest_ValidFixture_PersonCarriesGeographyAndDeprivation()
    {
        var id = IngestHarness.PersonId("9990000018");
        Assert.Equal(1, valid.Harness.Scalar($"SELECT count(*) FROM person p JOIN ref_lsoa r USING (lsoa11cd) WHERE person_id = {id} AND p.imd_decile = r.imd_decile AND p.icb22cdh = r.icb22cdh AND p.pcn_code = 'U90001'"));
        Assert.Equal(5, valid.Harness.Scalar("SELECT count(*) FROM person"));
    }

    [Fact]
    public void Ingest_Person_CurrentRecordIsLatestRegistration()
    {
        var id = IngestHarness.PersonId("9990000026");
        Assert.Equal(1, valid.Harness.Scalar($"SELECT count(*) FROM person WHERE person_id = {id} AND lsoa11cd = 'E01000002' AND practice_code = 'Y90002'"));
        Assert.Equal(2, valid.Harness.Scalar($"SELECT count(*) FROM person_residence WHERE person_id = {id}"));
    }

    [Theory]
    [InlineData("9990000018", "learning_disability", true)]
    [InlineData("9990000026", "smi", false)]
    [InlineData("9990000034", "interpreter_needed", true)]
    [InlineData("9990000026", "assisted_bin_collection", true)]
    [InlineData("9990000018", "assisted_bin_collection", false)]
    public void Ingest_PlusFlags_FollowTheRules(string nhsNumber, string flag, bool expected)
    {
        var id = IngestHarness.PersonId(nhsNumber);
        Assert.Equal(expected ? 1 : 0, valid.Harness.Scalar($"SELECT count(*) FROM person WHERE person_id = {id} AND {flag}"));
    }

    [Fact]
    public void Ingest_CouncilRecordWithoutNhsNumber_LinkedByFallback()
    {
        var summary = valid.Summary;
        var council = summary.Files.Single(f => f.Feed == "council_services");
        Assert.Equal(1, council.LinkedByFallback);
        Assert.Equal(1, valid.Harness.Scalar($"SELECT count(*) FROM event WHERE record_key = 'council_services:K1' AND person_id = {IngestHarness.PersonId("9990000026")}"));
    }

    [Fact]
    public void Ingest_Death_SetsDateOfDeath()
    {
        Assert.Equal(1, valid.Harness.Scalar($"SELECT count(*) FROM person WHERE person_id = {IngestHarness.PersonId("9990000042")} AND date_of_death = DATE '2024-01-05'"));
    }

    [Fact]
    public void Ingest_CsvAndFhirRoutes_GiveTheSamePersonsAndEvents()
    {
        var csv = Path.Combine(_harness.Folder, "csv.duckdb");
        var fhir = Path.Combine(_harness.Folder, "fhir.duckdb");
        _harness.Ingest("gp_csv", store: csv);
        var fhirSummary = _harness.Ingest("gp_fhir", store: fhir);
        Assert.Equal(0, fhirSummary.Quarantined);
        foreach (var table in new[] { "person", "person_residence", "event" })
        {
            var a = _harness.Fingerprint(csv)[table];
            var b = _harness.Fingerprint(fhir)[table];
            Assert.Equal(a, b);
        }

        Assert.True(_harness.Scalar("SELECT count(*) FROM event", csv) >= 9);
    }

    public void Dispose() => _harness.Dispose();
}
