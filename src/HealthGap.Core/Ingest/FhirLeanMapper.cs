using System.Globalization;
using System.Text.Json;

namespace HealthGap.Core.Ingest;

/// <summary>
/// The fast path of <see cref="FhirFeedReader"/> for NDJSON: reads the six resource types synthetic and
/// real GP extracts carry (Patient, Observation, Condition, Immunization, Procedure, Encounter) straight
/// from the JSON into the same row <see cref="FhirRowMapper"/> builds from Firely's model — several times
/// faster than building the model. It is strict on purpose: anything unexpected (another resource type, a
/// property of the wrong JSON kind, a choice type other than dateTime, invalid JSON) returns false, and
/// the caller hands the line to Firely, which stays the authority on what is and is not FHIR.
/// </summary>
internal static class FhirLeanMapper
{
    private static readonly string[] EncounterStatuses = ["planned", "arrived", "triaged", "in-progress", "onleave", "entered-in-error", "unknown"];

    /// <summary>Maps one resource, or returns false to let the Firely route decide.</summary>
    public static bool TryMap(string json, Dictionary<string, (string? NhsNumber, string? Practice)> patients, out FhirRows mapped)
    {
        mapped = default;
        try
        {
            using var document = JsonDocument.Parse(json);
            var r = document.RootElement;
            var type = Text(r, "resourceType");
            var id = Text(r, "id");
            switch (type)
            {
                case "Patient":
                    mapped = MapPatient(r, id, patients);
                    return true;
                case "Observation":
                    var value = r.TryGetProperty("valueQuantity", out var quantity) && quantity.TryGetProperty("value", out var number)
                        ? number.GetDecimal().ToString(CultureInfo.InvariantCulture) : null;
                    return Only(r, "value", "valueQuantity") && Event(r, id, "subject", "effective", "code", value, patients, out mapped);
                case "Condition":
                    return Event(r, id, "subject", "onset", "code", null, patients, out mapped);
                case "Immunization":
                    return Event(r, id, "patient", "occurrence", "vaccineCode", null, patients, out mapped);
                case "Procedure":
                    return Event(r, id, "subject", "performed", "code", null, patients, out mapped);
                case "Encounter":
                    var (who, where) = Person(r, "subject", patients);
                    var status = ExtensionText(r, FhirProfile.AppointmentStatusExtension, "valueCode") ?? Text(r, "status") switch
                    {
                        "finished" => "attended",
                        "cancelled" => "dna",
                        { } other when EncounterStatuses.Contains(other) => other.Replace("-", "", StringComparison.Ordinal), // as Firely's enum name, lower-cased
                        null => null,
                        _ => throw new FormatException("status is not an EncounterStatus code"),
                    };
                    var period = r.TryGetProperty("period", out var p) ? DatePart(Text(p, "start")) : null;
                    var mode = ExtensionText(r, FhirProfile.AppointmentModeExtension, "valueCode") ?? Mode(r.TryGetProperty("class", out var c) ? Text(c, "code") : null);
                    var practice = ExtensionText(r, FhirProfile.PracticeExtension, "valueString") ?? where;
                    mapped = new FhirRows(FeedCatalogue.GpAppointments, [[id, who, period, mode, status, practice]]);
                    return true;
                default:
                    return false;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            return false;
        }
    }

    private static FhirRows MapPatient(JsonElement r, string? id, Dictionary<string, (string? NhsNumber, string? Practice)> patients)
    {
        var nhs = Items(r, "identifier").Where(i => Text(i, "system") == FhirProfile.NhsNumberSystem).Select(i => Text(i, "value")).FirstOrDefault();
        var practice = Items(r, "generalPractitioner").Select(g => g.TryGetProperty("identifier", out var i) ? Text(i, "value") : null).FirstOrDefault();
        var ethnic = Extension(r, FhirProfile.EthnicCategoryExtension) is { } e && e.TryGetProperty("valueCodeableConcept", out var concept)
            ? Coded(concept, FhirProfile.EthnicCategorySystem) : null;
        var lsoa = Items(r, "address").Select(a => Extension(a, FhirProfile.LsoaExtension)).Where(x => x is { } v && v.TryGetProperty("valueString", out _))
            .Select(x => Text(x!.Value, "valueString")).FirstOrDefault();
        var sex = Text(r, "gender") switch
        {
            null => null,
            "male" => "M",
            "female" => "F",
            "other" or "unknown" => "U",
            _ => throw new FormatException("gender is not an AdministrativeGender code"),
        };
        var birth = Text(r, "birthDate");
        var rows = new List<string?[]>();
        foreach (var registration in Items(r, "extension").Where(x => Text(x, "url") == FhirProfile.RegistrationExtension))
        {
            var period = Extension(registration, FhirProfile.RegistrationPeriod) is { } pe && pe.TryGetProperty("valuePeriod", out var vp) ? vp : (JsonElement?)null;
            rows.Add(
            [
                ExtensionText(registration, FhirProfile.RegistrationRecordId, "valueString") ?? id, nhs, birth, sex, ethnic,
                ExtensionText(registration, FhirProfile.RegistrationLsoa, "valueString") ?? lsoa,
                ExtensionText(registration, FhirProfile.RegistrationPractice, "valueString") ?? practice,
                period is { } s ? DatePart(Text(s, "start")) : null, period is { } en ? DatePart(Text(en, "end")) : null,
            ]);
        }

        if (rows.Count == 0)
        {
            rows.Add([id, nhs, birth, sex, ethnic, lsoa, practice, null, null]);
        }

        // Only now that nothing can fail: Firely re-reads a resource this path gives up on.
        FhirRowMapper.Remember(patients, id, nhs, practice);
        return new FhirRows(FeedCatalogue.Registrations, rows);
    }

    private static bool Event(JsonElement r, string? id, string subject, string choice, string codeProperty, string? value, Dictionary<string, (string? NhsNumber, string? Practice)> patients, out FhirRows mapped)
    {
        mapped = default;
        if (!Only(r, choice, choice + "DateTime"))
        {
            return false;
        }

        var (nhs, practice) = Person(r, subject, patients);
        var code = r.TryGetProperty(codeProperty, out var concept) ? Coded(concept, FhirProfile.SnomedSystem) : null;
        var recordedBy = ExtensionText(r, FhirProfile.PracticeExtension, "valueString") ?? practice;
        mapped = new FhirRows(FeedCatalogue.GpEvents, [[id, nhs, DatePart(Text(r, choice + "DateTime")), code, value, recordedBy]]);
        return true;
    }

    private static (string? NhsNumber, string? Practice) Person(JsonElement r, string property, Dictionary<string, (string? NhsNumber, string? Practice)> patients)
    {
        if (!r.TryGetProperty(property, out var subject))
        {
            return (null, null);
        }

        var reference = Text(subject, "reference");
        var known = reference is not null && reference.StartsWith("Patient/", StringComparison.Ordinal)
            && patients.TryGetValue(reference["Patient/".Length..], out var p) ? p : (null, null);
        if (subject.TryGetProperty("identifier", out var identifier) && Text(identifier, "system") == FhirProfile.NhsNumberSystem && Text(identifier, "value") is { } nhs)
        {
            return (nhs, patients.TryGetValue("nhs:" + nhs, out var byNumber) ? byNumber.Practice : known.Practice);
        }

        return known;
    }

    /// <summary>True when the only property of a choice type present (if any) is the one this path reads.</summary>
    private static bool Only(JsonElement r, string choice, string allowed)
    {
        foreach (var property in r.EnumerateObject())
        {
            if (property.Name.StartsWith(choice, StringComparison.Ordinal) && property.Name != allowed && property.Name.Length > choice.Length
                && char.IsAsciiLetterUpper(property.Name[choice.Length]))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonElement? Extension(JsonElement element, string url) =>
        Items(element, "extension").Where(e => Text(e, "url") == url).Select(e => (JsonElement?)e).FirstOrDefault();

    private static string? ExtensionText(JsonElement element, string url, string valueProperty) =>
        Extension(element, url) is { } e ? Text(e, valueProperty) : null;

    private static string? Coded(JsonElement concept, string system)
    {
        var codings = Items(concept, "coding").ToArray();
        return codings.Where(x => Text(x, "system") == system).Select(x => Text(x, "code")).FirstOrDefault()
            ?? codings.Select(x => Text(x, "code")).FirstOrDefault();
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) ? array.EnumerateArray() : [];

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    private static string? DatePart(string? dateTime) => FhirRowMapper.DatePart(dateTime);

    private static string? Mode(string? code) => FhirRowMapper.Mode(code);
}
