using System.Globalization;
using Hl7.Fhir.Model;

namespace HealthGap.Core.Ingest;

/// <summary>
/// The FHIR → CSV mapping of <c>docs/ingest.md</c> ("FHIR mapping") on Firely's model: each resource becomes
/// the rows its CSV feed would carry, with the resource id as record_id. Firely parses leniently (ostrich
/// mode), so an element of the wrong JSON type surfaces only when read: every read here is guarded and a
/// bad one throws <see cref="FhirFieldException"/> naming the element, which quarantines that resource only.
/// </summary>
internal static class FhirRowMapper
{
    /// <summary>Maps a resource, or returns null for resource types ingest does not read.</summary>
    public static FhirRows? Map(Resource resource, Dictionary<string, (string? NhsNumber, string? Practice)> patients) => resource switch
    {
        Patient p => MapPatient(p, patients),
        Condition c => Event("Condition", c, Id(c), () => c.Subject, "onset", () => c.Onset, () => c.Code, null, patients),
        Observation o => Event("Observation", o, Id(o), () => o.Subject, "effective", () => o.Effective, () => o.Code,
            Read("Observation.valueQuantity.value", () => (o.Value as Quantity)?.Value?.ToString(CultureInfo.InvariantCulture)), patients),
        Immunization i => Event("Immunization", i, Id(i), () => i.Patient, "occurrence", () => i.Occurrence, () => i.VaccineCode, null, patients),
        Procedure pr => Event("Procedure", pr, Id(pr), () => pr.Subject, "performed", () => pr.Performed, () => pr.Code, null, patients),
        Encounter e => MapEncounter(e, patients),
        _ => null,
    };

    private static FhirRows MapPatient(Patient p, Dictionary<string, (string? NhsNumber, string? Practice)> patients)
    {
        var patientId = Id(p);
        var nhs = Read("Patient.identifier", () => p.Identifier.FirstOrDefault(i => i.System == FhirProfile.NhsNumberSystem)?.Value);
        var practice = Read("Patient.generalPractitioner", () => p.GeneralPractitioner.FirstOrDefault()?.Identifier?.Value);
        var ethnic = Read("Patient.extension(ethnic category)", () => Coded(p.GetExtension(FhirProfile.EthnicCategoryExtension)?.Value as CodeableConcept, FhirProfile.EthnicCategorySystem));
        var lsoa = Read("Patient.address.extension(lsoa11)", () => p.Address.Select(a => a.GetExtension(FhirProfile.LsoaExtension)?.Value as FhirString).FirstOrDefault(s => s is not null)?.Value);
        var birth = Read("Patient.birthDate", () => p.BirthDate);
        var sex = Read("Patient.gender", () => Sex(p.Gender));
        var rows = new List<string?[]>();
        foreach (var registration in Read("Patient.extension(registration)", () => p.GetExtensions(FhirProfile.RegistrationExtension).ToArray()))
        {
            const string Field = "Patient.extension(registration)";
            var id = Read(Field + ".recordId", () => (registration.GetExtension(FhirProfile.RegistrationRecordId)?.Value as FhirString)?.Value) ?? patientId;
            var where = Read(Field + ".lsoa11", () => (registration.GetExtension(FhirProfile.RegistrationLsoa)?.Value as FhirString)?.Value) ?? lsoa;
            var at = Read(Field + ".practiceCode", () => (registration.GetExtension(FhirProfile.RegistrationPractice)?.Value as FhirString)?.Value) ?? practice;
            var period = Read(Field + ".period", () => registration.GetExtension(FhirProfile.RegistrationPeriod)?.Value as Period);
            var start = Read(Field + ".period.start", () => DatePart(period?.Start));
            var end = Read(Field + ".period.end", () => DatePart(period?.End));
            rows.Add([id, nhs, birth, sex, ethnic, where, at, start, end]);
        }

        if (rows.Count == 0)
        {
            // No registration period: the row goes on to quarantine for its missing registration_start.
            rows.Add([patientId, nhs, birth, sex, ethnic, lsoa, practice, null, null]);
        }

        Remember(patients, patientId, nhs, practice);
        return new FhirRows(FeedCatalogue.Registrations, rows);
    }

    private static FhirRows Event(
        string type, DomainResource resource, string? id, Func<ResourceReference?> subject, string choice, Func<DataType?> date,
        Func<CodeableConcept?> code, string? value, Dictionary<string, (string? NhsNumber, string? Practice)> patients)
    {
        var (nhs, practice) = Person(type + "." + (type == "Immunization" ? "patient" : "subject"), subject, patients);
        var when = Read($"{type}.{choice}[x]", () => date() switch
        {
            null => null,
            FhirDateTime d => d.Value,
            _ => throw new FhirFieldException($"{type}.{choice}[x]", "is not a dateTime (the only choice ingest reads)"),
        });
        var coded = Read($"{type}.{(type == "Immunization" ? "vaccineCode" : "code")}", () => Coded(code(), FhirProfile.SnomedSystem));
        var recordedBy = Read(type + ".extension(practice-code)", () => (resource.GetExtension(FhirProfile.PracticeExtension)?.Value as FhirString)?.Value);
        return new FhirRows(FeedCatalogue.GpEvents, [[id, nhs, DatePart(when), coded, value, recordedBy ?? practice]]);
    }

    private static FhirRows MapEncounter(Encounter e, Dictionary<string, (string? NhsNumber, string? Practice)> patients)
    {
        var (nhs, practice) = Person("Encounter.subject", () => e.Subject, patients);
        var mode = Read("Encounter.extension(appointment-mode)", () => (e.GetExtension(FhirProfile.AppointmentModeExtension)?.Value as Code)?.Value)
            ?? Read("Encounter.class", () => Mode(e.Class?.Code));
        var status = Read("Encounter.extension(appointment-status)", () => (e.GetExtension(FhirProfile.AppointmentStatusExtension)?.Value as Code)?.Value)
            ?? Read("Encounter.status", () => e.Status switch
            {
                null => null,
                Encounter.EncounterStatus.Finished => "attended",
                Encounter.EncounterStatus.Cancelled => "dna",
                var other => other.ToString()!.ToLowerInvariant(),
            });
        var start = Read("Encounter.period.start", () => DatePart(e.Period?.Start));
        var recordedBy = Read("Encounter.extension(practice-code)", () => (e.GetExtension(FhirProfile.PracticeExtension)?.Value as FhirString)?.Value);
        return new FhirRows(FeedCatalogue.GpAppointments, [[Id(e), nhs, start, mode, status, recordedBy ?? practice]]);
    }

    private static (string? NhsNumber, string? Practice) Person(string field, Func<ResourceReference?> read, Dictionary<string, (string? NhsNumber, string? Practice)> patients)
    {
        var subject = Read(field, read);
        var reference = Read(field + ".reference", () => subject?.Reference);
        var known = reference is not null && reference.StartsWith("Patient/", StringComparison.Ordinal)
            && patients.TryGetValue(reference["Patient/".Length..], out var p) ? p : (null, null);
        var identifier = Read(field + ".identifier", () => subject?.Identifier?.System == FhirProfile.NhsNumberSystem ? subject.Identifier.Value : null);
        return identifier is { } nhs ? (nhs, patients.TryGetValue("nhs:" + nhs, out var byNumber) ? byNumber.Practice : known.Practice) : known;
    }

    /// <summary>Remembers a Patient for the resources after it that name it by reference or NHS number.</summary>
    internal static void Remember(Dictionary<string, (string? NhsNumber, string? Practice)> patients, string? id, string? nhs, string? practice)
    {
        if (id is not null)
        {
            patients[id] = (nhs, practice);
        }

        if (nhs is not null)
        {
            patients["nhs:" + nhs] = (nhs, practice);
        }
    }

    private static string? Id(Resource resource) => Read(resource.TypeName + ".id", () => resource.Id);

    private static string? Coded(CodeableConcept? concept, string system) =>
        concept?.Coding.FirstOrDefault(c => c.System == system)?.Code ?? concept?.Coding.FirstOrDefault()?.Code;

    private static T Read<T>(string field, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not FhirFieldException and not OutOfMemoryException)
        {
            // Firely throws its own validation exceptions (and the odd cast or format error) for a value of the wrong kind.
            throw new FhirFieldException(field, $"has the wrong JSON type or an unreadable value for FHIR R4 ({ex.GetType().Name})");
        }
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
