using System.Globalization;
using Hl7.Fhir.Model;

namespace HealthGap.Core.Ingest;

/// <summary>
/// The FHIR → CSV mapping table of <c>docs/extracts.md</c>: each resource becomes the row its CSV feed
/// would carry, with the resource id as record_id.
/// </summary>
internal static class FhirRowMapper
{
    /// <summary>NHS number identifier system.</summary>
    public const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

    /// <summary>UK Core ethnic category extension.</summary>
    public const string EthnicCategoryUrl = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

    /// <summary>HealthGap LSOA extension on Patient.address.</summary>
    public const string LsoaUrl = "https://healthgap.example/fhir/StructureDefinition/lsoa11";

    /// <summary>HealthGap registration period extension on Patient (valuePeriod).</summary>
    public const string RegistrationPeriodUrl = "https://healthgap.example/fhir/StructureDefinition/registration-period";

    /// <summary>Maps a resource to (feed, row values), or null for resource types ingest does not read.</summary>
    public static (FeedDefinition Feed, string?[] Values)? Map(Resource resource, Dictionary<string, (string? NhsNumber, string? Practice)> patients)
    {
        switch (resource)
        {
            case Patient p:
                var nhs = p.Identifier.FirstOrDefault(i => i.System == NhsNumberSystem)?.Value;
                var practice = p.GeneralPractitioner.FirstOrDefault()?.Identifier?.Value;
                if (p.Id is not null)
                {
                    patients[p.Id] = (nhs, practice);
                }

                if (nhs is not null)
                {
                    // Resources may name their patient by NHS number instead of by reference.
                    patients["nhs:" + nhs] = (nhs, practice);
                }

                var ethnic = (p.GetExtension(EthnicCategoryUrl)?.Value as CodeableConcept)?.Coding.FirstOrDefault()?.Code;
                var lsoa = p.Address.Select(a => a.GetExtension(LsoaUrl)?.Value as FhirString).FirstOrDefault(s => s is not null)?.Value;
                var period = p.GetExtension(RegistrationPeriodUrl)?.Value as Period;
                return (FeedCatalogue.Registrations,
                [
                    p.Id, nhs, p.BirthDate, Sex(p.Gender), ethnic, lsoa, practice, DatePart(period?.Start), DatePart(period?.End),
                ]);
            case Condition c:
                return Event(c.Id, c.Subject, (c.Onset as FhirDateTime)?.Value, c.Code, null, patients);
            case Observation o:
                var value = (o.Value as Quantity)?.Value?.ToString(CultureInfo.InvariantCulture);
                return Event(o.Id, o.Subject, (o.Effective as FhirDateTime)?.Value, o.Code, value, patients);
            case Immunization i:
                return Event(i.Id, i.Patient, (i.Occurrence as FhirDateTime)?.Value, i.VaccineCode, null, patients);
            case Procedure pr:
                return Event(pr.Id, pr.Subject, (pr.Performed as FhirDateTime)?.Value, pr.Code, null, patients);
            case Encounter e:
                var (who, where) = Person(e.Subject, patients);
                var status = e.Status == Encounter.EncounterStatus.Finished ? "attended"
                    : e.Status == Encounter.EncounterStatus.Cancelled ? "dna" : e.Status?.ToString().ToLowerInvariant();
                return (FeedCatalogue.GpAppointments, [e.Id, who, DatePart(e.Period?.Start), Mode(e.Class?.Code), status, where]);
            default:
                return null;
        }
    }

    private static (FeedDefinition, string?[]) Event(string? id, ResourceReference? subject, string? date, CodeableConcept? code, string? value, Dictionary<string, (string? NhsNumber, string? Practice)> patients)
    {
        var (nhs, practice) = Person(subject, patients);
        var snomed = code?.Coding.FirstOrDefault(c => c.System == "http://snomed.info/sct")?.Code ?? code?.Coding.FirstOrDefault()?.Code;
        return (FeedCatalogue.GpEvents, [id, nhs, DatePart(date), snomed, value, practice]);
    }

    private static (string? NhsNumber, string? Practice) Person(ResourceReference? subject, Dictionary<string, (string? NhsNumber, string? Practice)> patients)
    {
        var reference = subject?.Reference;
        var known = reference is not null && reference.StartsWith("Patient/", StringComparison.Ordinal)
            && patients.TryGetValue(reference["Patient/".Length..], out var p) ? p : (null, null);
        if (subject?.Identifier?.System == NhsNumberSystem && subject.Identifier.Value is { } nhs)
        {
            return (nhs, patients.TryGetValue("nhs:" + nhs, out var byNumber) ? byNumber.Practice : known.Practice);
        }

        return known;
    }

    private static string? Sex(AdministrativeGender? gender) => gender switch
    {
        AdministrativeGender.Male => "M",
        AdministrativeGender.Female => "F",
        null => null,
        _ => "U",
    };

    /// <summary>FHIR Encounter.class (v3 ActCode) → appointment mode; our own mode names pass through.</summary>
    internal static string? Mode(string? code) => code switch
    {
        "AMB" => "face_to_face",
        "HH" => "home_visit",
        "VR" => "online",
        "TEL" or "telephone" => "telephone",
        _ => code,
    };

    /// <summary>The date part of a FHIR dateTime.</summary>
    internal static string? DatePart(string? dateTime) => dateTime is { Length: >= 10 } ? dateTime[..10] : dateTime;
}
