using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using HealthGap.Core.Ingest;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>The fast NDJSON path gives exactly the row the Firely route gives, and hands back what it does not know.</summary>
public sealed class FhirLeanMapperTests
{
    private static readonly JsonSerializerOptions Firely = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).UsingMode(DeserializationMode.Ostrich);

    public static TheoryData<string> FixtureFiles => new() { "Patient.ndjson", "Observation.ndjson", "Encounter.ndjson", "Condition.ndjson", "Immunization.ndjson", "Procedure.ndjson" };

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void TryMap_FixtureResources_SameRowAsFirely(string file)
    {
        var leanPatients = new Dictionary<string, (string? NhsNumber, string? Practice)>(StringComparer.Ordinal);
        var firelyPatients = new Dictionary<string, (string? NhsNumber, string? Practice)>(StringComparer.Ordinal);
        var folder = IngestHarness.Fixture("gp_fhir");
        foreach (var line in File.ReadLines(Path.Combine(folder, "Patient.ndjson")).Concat(File.ReadLines(Path.Combine(folder, file))))
        {
            Assert.True(FhirLeanMapper.TryMap(line, leanPatients, out var lean), "the fast path gave up on a plain resource: " + line[..40]);
            var firely = FhirRowMapper.Map(JsonSerializer.Deserialize<Resource>(line, Firely)!, firelyPatients)!.Value;
            Assert.Equal(firely.Feed.Name, lean.Feed.Name);
            Assert.Equal(firely.Rows, lean.Rows);
            Assert.All(lean.Rows, row => Assert.NotNull(row[3])); // every row has its code (or registration's sex)
        }

        Assert.Equal(firelyPatients, leanPatients);
    }

    [Theory]
    [InlineData("""{"resourceType":"Observation","id":"O1","valueString":"high","subject":{"reference":"Patient/R1"}}""")]
    [InlineData("""{"resourceType":"Condition","id":"C1","onsetPeriod":{"start":"2020-01-01"}}""")]
    [InlineData("""{"resourceType":"Patient","id":"P1","gender":"MALE"}""")]
    [InlineData("""{"resourceType":"Encounter","id":"A1","status":"done"}""")]
    [InlineData("""{"resourceType":"MedicationRequest","id":"M1"}""")]
    [InlineData("""{"resourceType":"Observation","id":7}""")]
    [InlineData("""not json""")]
    public void TryMap_UnexpectedShape_LeavesItToFirely(string json)
    {
        var patients = new Dictionary<string, (string? NhsNumber, string? Practice)>(StringComparer.Ordinal);
        Assert.False(FhirLeanMapper.TryMap(json, patients, out _));
        Assert.Empty(patients);
    }
}
