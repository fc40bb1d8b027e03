using System.Globalization;
using HealthGap.Core.Ingest;
using HealthGap.Synthetic.Extracts;
using Person = HealthGap.Synthetic.Population.Person;
using Hl7.Fhir.Model;

namespace HealthGap.Synthetic.Fhir;

/// <summary>
/// The mapping table of <c>docs/extracts.md</c> ("FHIR R4") from CSV rows to FHIR R4 resources.
/// HealthGap's own extensions carry what FHIR has no element for: the LSOA, the registration
/// periods, the practice of each entry and the appointment mode and did-not-attend status.
/// </summary>
internal static class FhirMapping
{
    // Every URL comes from FhirProfile, which ingest reads with: the two sides cannot drift apart.
    public const string NhsNumberSystem = FhirProfile.NhsNumberSystem;
    public const string OdsSystem = FhirProfile.OdsSystem;
    public const string SnomedSystem = FhirProfile.SnomedSystem;
    public const string EthnicExtension = FhirProfile.EthnicCategoryExtension;
    public const string EthnicSystem = FhirProfile.EthnicCategorySystem;
    public const string LsoaExtension = FhirProfile.LsoaExtension;
    public const string RegistrationExtension = FhirProfile.RegistrationExtension;
    public const string PracticeExtension = FhirProfile.PracticeExtension;
    public const string ModeExtension = FhirProfile.AppointmentModeExtension;
    public const string StatusExtension = FhirProfile.AppointmentStatusExtension;

    public static Patient Patient(Person person)
    {
        var current = person.Registrations[^1];
        var patient = new Patient
        {
            Id = current.RecordId,
            Identifier = [new Identifier(NhsNumberSystem, person.NhsNumber)],
            BirthDate = Date(person.DateOfBirth),
            Gender = person.Sex switch { 'M' => AdministrativeGender.Male, 'F' => AdministrativeGender.Female, _ => AdministrativeGender.Unknown },
            Address = [new Address { Extension = [new Extension(LsoaExtension, new FhirString(current.Lsoa.Code))] }],
            GeneralPractitioner = [new ResourceReference { Identifier = new Identifier(OdsSystem, current.Practice.Code) }],
        };
        if (person.EthnicCategory.Length > 0)
        {
            patient.Extension.Add(new Extension(EthnicExtension, new CodeableConcept(EthnicSystem, person.EthnicCategory)));
        }

        foreach (var r in person.Registrations)
        {
            var period = new Extension { Url = RegistrationExtension };
            period.Extension.Add(new Extension(FhirProfile.RegistrationRecordId, new FhirString(r.RecordId)));
            period.Extension.Add(new Extension(FhirProfile.RegistrationPractice, new FhirString(r.Practice.Code)));
            period.Extension.Add(new Extension(FhirProfile.RegistrationLsoa, new FhirString(r.Lsoa.Code)));
            period.Extension.Add(new Extension(FhirProfile.RegistrationPeriod, new Period { Start = Date(r.Start), End = r.End is { } end ? Date(end) : null }));
            patient.Extension.Add(period);
        }

        return patient;
    }

    public static Encounter Encounter(AppointmentRow row, ResourceReference subject)
    {
        var encounter = new Encounter
        {
            Id = row.RecordId,
            Status = row.Status == "dna" ? Hl7.Fhir.Model.Encounter.EncounterStatus.Cancelled : Hl7.Fhir.Model.Encounter.EncounterStatus.Finished,
            Class = new Coding(FhirProfile.ActCodeSystem, row.Mode switch { "home_visit" => "HH", "face_to_face" => "AMB", _ => "VR" }),
            Subject = subject,
            Period = new Period { Start = Date(row.Date) },
        };
        encounter.Extension.Add(new Extension(ModeExtension, new Code(row.Mode)));
        encounter.Extension.Add(new Extension(StatusExtension, new Code(row.Status)));
        encounter.Extension.Add(Practice(row.PracticeCode));
        return encounter;
    }

    public static Condition Condition(GpRow row, ResourceReference subject)
    {
        var condition = new Condition { Id = row.RecordId, Subject = subject, Code = Snomed(row.Code), Onset = new FhirDateTime(Date(row.Date)) };
        condition.Extension.Add(Practice(row.PracticeCode));
        return condition;
    }

    public static Observation Observation(GpRow row, ResourceReference subject)
    {
        var observation = new Observation
        {
            Id = row.RecordId,
            Status = ObservationStatus.Final,
            Subject = subject,
            Code = Snomed(row.Code),
            Effective = new FhirDateTime(Date(row.Date)),
        };
        if (row.Value is { } value)
        {
            observation.Value = new Quantity { Value = (decimal)value };
        }

        observation.Extension.Add(Practice(row.PracticeCode));
        return observation;
    }

    public static Immunization Immunization(GpRow row, ResourceReference subject)
    {
        var immunization = new Immunization
        {
            Id = row.RecordId,
            Status = Hl7.Fhir.Model.Immunization.ImmunizationStatusCodes.Completed,
            VaccineCode = Snomed(row.Code),
            Patient = subject,
            Occurrence = new FhirDateTime(Date(row.Date)),
        };
        immunization.Extension.Add(Practice(row.PracticeCode));
        return immunization;
    }

    public static Procedure Procedure(GpRow row, ResourceReference subject)
    {
        var procedure = new Procedure
        {
            Id = row.RecordId,
            Status = EventStatus.Completed,
            Subject = subject,
            Code = Snomed(row.Code),
            Performed = new FhirDateTime(Date(row.Date)),
        };
        procedure.Extension.Add(Practice(row.PracticeCode));
        return procedure;
    }

    private static CodeableConcept Snomed(string code) => new(SnomedSystem, code);

    private static Extension Practice(string code) => new(PracticeExtension, new FhirString(code));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
