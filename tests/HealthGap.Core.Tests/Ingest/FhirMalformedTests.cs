namespace HealthGap.Core.Tests.Ingest;

/// <summary>
/// A FHIR element of the wrong JSON type is one quarantined record naming the file, line and element (it used
/// to crash ingest with a stack trace), and a bad Bundle entry is quarantined alone, its neighbours kept.
/// </summary>
public sealed class FhirMalformedTests : IDisposable
{
    private const string Subject = "\"subject\":{\"reference\":\"Patient/R1\"}";
    private const string Code = "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"72313002\"}]}";
    private readonly IngestHarness _harness = new();

    [Theory]
    [InlineData("Observation", "{\"resourceType\":\"Observation\",\"id\":\"X1\"," + Subject + "," + Code + ",\"effectiveDateTime\":12345}", "Observation.effective[x]")]
    [InlineData("Observation", "{\"resourceType\":\"Observation\",\"id\":[\"X1\"]," + Subject + "," + Code + ",\"effectiveDateTime\":\"2023-01-01\"}", "Observation.id")]
    [InlineData("Observation", "{\"resourceType\":\"Observation\",\"id\":\"X1\"," + Subject + "," + Code + ",\"effectiveDateTime\":\"2023-01-01\",\"valueQuantity\":{\"value\":\"NaN\"}}", "Observation.valueQuantity.value")]
    [InlineData("Condition", "{\"resourceType\":\"Condition\",\"id\":\"X1\"," + Subject + "," + Code + ",\"onsetDateTime\":true}", "Condition.onset[x]")]
    [InlineData("Immunization", "{\"resourceType\":\"Immunization\",\"id\":\"X1\",\"patient\":{\"reference\":\"Patient/R1\"},\"vaccineCode\":{\"coding\":[{\"code\":\"1037311000000106\"}]},\"occurrenceDateTime\":[\"2023-01-01\"]}", "Immunization.occurrence[x]")]
    [InlineData("Procedure", "{\"resourceType\":\"Procedure\",\"id\":\"X1\"," + Subject + "," + Code + ",\"performedDateTime\":20220414}", "Procedure.performed[x]")]
    [InlineData("Encounter", "{\"resourceType\":\"Encounter\",\"id\":\"X1\"," + Subject + ",\"status\":\"finished\",\"period\":{\"start\":20230101}}", "Encounter.period.start")]
    public void Ingest_WrongJsonTypeInAnElement_QuarantinesThatRecordNamingFileLineAndField(string type, string bad, string field)
    {
        var folder = GpFolder();
        var good = File.ReadLines(Path.Combine(IngestHarness.Fixture("gp_fhir"), type == "Condition" ? "Condition.ndjson" : type + ".ndjson")).First();
        File.WriteAllLines(Path.Combine(folder, type + ".ndjson"), [good, bad, good.Replace("\"id\": \"", "\"id\": \"Z", StringComparison.Ordinal)]);

        var summary = _harness.Ingest(folder);

        Assert.Equal(1, summary.Quarantined);
        Assert.Equal(2, summary.Files.Single(f => f.File == type + ".ndjson").Accepted);
        Assert.Equal(1, _harness.Scalar($"SELECT count(*) FROM quarantine WHERE reason = 'malformed_line' AND source_file = '{type}.ndjson' AND line = 2 AND field = '{field}' AND detail LIKE '{type}.ndjson line 2: {field} %'"));
    }

    [Fact]
    public void Ingest_BundleWithOneBadEntry_QuarantinesOnlyThatEntryByLineAndIndex()
    {
        var folder = GpFolder();
        var entries = File.ReadLines(Path.Combine(IngestHarness.Fixture("gp_fhir"), "Observation.ndjson")).Select(l => "{\"resource\":" + l + "}").ToList();
        entries.Insert(1, "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"X1\"," + Subject + "," + Code + ",\"effectiveDateTime\":12345}}");
        entries.Insert(3, "{\"fullUrl\":\"urn:uuid:1\"}");
        File.WriteAllText(Path.Combine(folder, "Observation-bundle.json"), "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\n\"entry\":[\n" + string.Join(",\n", entries) + "\n]}\n");

        var summary = _harness.Ingest(folder);

        Assert.Equal(3, summary.Files.Single(f => f.File == "Observation-bundle.json").Accepted);
        Assert.Equal(2, summary.Quarantined);
        Assert.Equal(1, _harness.Scalar("SELECT count(*) FROM quarantine WHERE line = 4 AND field = 'Observation.effective[x]' AND detail LIKE 'Observation-bundle.json line 4 (Bundle entry 2): %'"));
        Assert.Equal(1, _harness.Scalar("SELECT count(*) FROM quarantine WHERE line = 6 AND field = 'Bundle.entry' AND detail LIKE '%(Bundle entry 4): the entry has no resource object.'"));
    }

    [Fact]
    public void Ingest_BundleCutShort_KeepsTheEntriesBeforeTheBreak()
    {
        var folder = GpFolder();
        var entries = File.ReadLines(Path.Combine(IngestHarness.Fixture("gp_fhir"), "Observation.ndjson")).Select(l => "{\"resource\":" + l + "}");
        var text = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\n\"entry\":[\n" + string.Join(",\n", entries) + "\n]}\n";
        File.WriteAllText(Path.Combine(folder, "Observation-bundle.json"), text[..(text.LastIndexOf("{\"resource\"", StringComparison.Ordinal) + 40)]);

        var summary = _harness.Ingest(folder);

        Assert.Equal(2, summary.Files.Single(f => f.File == "Observation-bundle.json").Accepted);
        Assert.Equal(1, _harness.Scalar("SELECT count(*) FROM quarantine WHERE reason = 'malformed_line' AND field = 'Bundle.entry' AND detail LIKE '%entries from number 3 on could not be read.'"));
    }

    private string GpFolder()
    {
        var folder = Path.Combine(_harness.Folder, "in");
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { "Patient.ndjson", "gp_practices.csv" })
        {
            File.Copy(Path.Combine(IngestHarness.Fixture("gp_fhir"), file), Path.Combine(folder, file));
        }

        return folder;
    }

    public void Dispose() => _harness.Dispose();
}
