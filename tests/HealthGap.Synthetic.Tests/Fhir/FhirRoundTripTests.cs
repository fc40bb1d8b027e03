// Firely's FHIR model marks most elements nullable; the resources here are our own output, so null checks would only add noise.
#nullable disable

using System.Globalization;
using System.Text.Json;
using HealthGap.Synthetic.Fhir;
using Hl7.Fhir.Model;

namespace HealthGap.Synthetic.Tests.Fhir;

/// <summary>The FHIR R4 sample parses back with the Firely SDK and carries exactly the CSV rows of the same people.</summary>
[Collection(SharedSynthRuns.Name)]
public sealed class FhirRoundTripTests(SynthFixture fixture)
{
    private string Folder => Path.Combine(fixture.Clean.Directory, "fhir");

    [Fact]
    public void Sample_EveryLine_ParsesWithFirely()
    {
        foreach (var type in FhirSample.ResourceTypes)
        {
            var lines = File.ReadLines(Path.Combine(Folder, type + ".ndjson")).ToArray();
            Assert.NotEmpty(lines);
            Assert.All(lines, line => Assert.Equal(type, JsonSerializer.Deserialize<Resource>(line, FhirSample.Options)!.TypeName));
        }
    }

    [Fact]
    public void Sample_GpRows_MatchTheCsvRowsOfTheSamePeople()
    {
        var patients = Read<Patient>("Patient").ToDictionary(p => "Patient/" + p.Id, p => p.Identifier[0].Value, StringComparer.Ordinal);
        Assert.InRange(patients.Count, 100, 200);
        var fromFhir = new List<string>();
        foreach (var c in Read<Condition>("Condition"))
        {
            fromFhir.Add(Row(c.Id, patients[c.Subject.Reference], ((FhirDateTime)c.Onset).Value, c.Code.Coding[0].Code, null, Practice(c)));
        }

        foreach (var o in Read<Observation>("Observation"))
        {
            fromFhir.Add(Row(o.Id, patients[o.Subject.Reference], ((FhirDateTime)o.Effective).Value, o.Code.Coding[0].Code, (o.Value as Quantity)?.Value, Practice(o)));
        }

        foreach (var i in Read<Immunization>("Immunization"))
        {
            fromFhir.Add(Row(i.Id, patients[i.Patient.Reference], ((FhirDateTime)i.Occurrence).Value, i.VaccineCode.Coding[0].Code, null, Practice(i)));
        }

        foreach (var p in Read<Procedure>("Procedure"))
        {
            fromFhir.Add(Row(p.Id, patients[p.Subject.Reference], ((FhirDateTime)p.Performed).Value, p.Code.Coding[0].Code, null, Practice(p)));
        }

        var sampled = patients.Values.ToHashSet(StringComparer.Ordinal);
        var csv = fixture.Clean.Table("gp_events.csv").Lines.Where(l => sampled.Contains(l.Split(',')[1])).Order(StringComparer.Ordinal);
        Assert.Equal(csv, fromFhir.Order(StringComparer.Ordinal));

        var encounters = Read<Encounter>("Encounter").Select(e => string.Join(',', e.Id, patients[e.Subject.Reference], e.Period.Start,
            ((Code)e.GetExtension(FhirMapping.ModeExtension).Value).Value, ((Code)e.GetExtension(FhirMapping.StatusExtension).Value).Value, Practice(e)));
        var appointments = fixture.Clean.Table("gp_appointments.csv").Lines.Where(l => sampled.Contains(l.Split(',')[1]));
        Assert.Equal(appointments.Order(StringComparer.Ordinal), encounters.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sample_Patients_CarryTheRegistrationRows()
    {
        var rows = new List<string>();
        foreach (var p in Read<Patient>("Patient"))
        {
            var ethnic = p.GetExtension(FhirMapping.EthnicExtension)?.Value is CodeableConcept cc ? cc.Coding[0].Code : string.Empty;
            var sex = p.Gender switch { AdministrativeGender.Male => "M", AdministrativeGender.Female => "F", _ => "U" };
            foreach (var period in p.GetExtensions(FhirMapping.RegistrationExtension))
            {
                var when = (Period)period.GetExtension("period").Value;
                rows.Add(string.Join(',', ((FhirString)period.GetExtension("recordId").Value).Value, p.Identifier[0].Value, p.BirthDate, sex, ethnic,
                    ((FhirString)period.GetExtension("lsoa11").Value).Value, ((FhirString)period.GetExtension("practiceCode").Value).Value, when.Start, when.End ?? string.Empty));
            }
        }

        var sampled = rows.Select(r => r.Split(',')[1]).ToHashSet(StringComparer.Ordinal);
        var csv = fixture.Clean.Table("gp_registrations.csv").Lines.Where(l => sampled.Contains(l.Split(',')[1]));
        Assert.Equal(csv.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }

    private IEnumerable<T> Read<T>(string type)
        where T : Resource =>
        File.ReadLines(Path.Combine(Folder, type + ".ndjson")).Select(l => JsonSerializer.Deserialize<T>(l, FhirSample.Options)!);

    private static string Practice(DomainResource resource) => ((FhirString)resource.GetExtension(FhirMapping.PracticeExtension).Value).Value;

    private static string Row(string id, string nhs, string date, string code, decimal? value, string practice) =>
        string.Join(',', id, nhs, date, code, value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, practice);
}
