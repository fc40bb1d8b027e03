namespace HealthGap.Core.Ingest;

/// <summary>
/// The FHIR R4 systems and extensions HealthGap writes (<c>healthgap synth</c>) and reads (<c>healthgap ingest</c>):
/// one set of constants for both sides, so the two can never drift apart again (synth once wrote a
/// <c>registration</c> extension that ingest, looking for <c>registration-period</c>, never found). UK Core
/// (https://simplifier.net/hl7fhirukcorer4) is followed where it has an element or extension; HealthGap's own
/// extensions, under <see cref="ExtensionBase"/>, carry only what UK Core has no place for. docs/ingest.md
/// lists the mapping.
/// </summary>
public static class FhirProfile
{
    /// <summary>UKCore-Patient NHS number identifier system.</summary>
    public const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

    /// <summary>ODS organisation code identifier system (the GP practice).</summary>
    public const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

    /// <summary>SNOMED CT.</summary>
    public const string SnomedSystem = "http://snomed.info/sct";

    /// <summary>UK Core ethnic category extension on Patient (valueCodeableConcept).</summary>
    public const string EthnicCategoryExtension = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

    /// <summary>UK Core code system of the NHS Data Dictionary ETHNIC CATEGORY (2001) codes A–Z.</summary>
    public const string EthnicCategorySystem = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

    /// <summary>HL7 v3 ActCode, the code system of Encounter.class.</summary>
    public const string ActCodeSystem = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /// <summary>Where HealthGap's own extensions live.</summary>
    public const string ExtensionBase = "https://healthgap.example/fhir/StructureDefinition/";

    /// <summary>LSOA 2011 of residence on Patient.address (valueString).</summary>
    public const string LsoaExtension = ExtensionBase + "lsoa11";

    /// <summary>
    /// One GP registration period on Patient (complex, one per period, as one <c>gp_registrations</c> row):
    /// sub-extensions <see cref="RegistrationRecordId"/>, <see cref="RegistrationPractice"/>,
    /// <see cref="RegistrationLsoa"/> (valueString) and <see cref="RegistrationPeriod"/> (valuePeriod).
    /// </summary>
    public const string RegistrationExtension = ExtensionBase + "registration";

    /// <summary>Sub-extension of <see cref="RegistrationExtension"/>: the period's record_id.</summary>
    public const string RegistrationRecordId = "recordId";

    /// <summary>Sub-extension of <see cref="RegistrationExtension"/>: the practice (ODS code) of the period.</summary>
    public const string RegistrationPractice = "practiceCode";

    /// <summary>Sub-extension of <see cref="RegistrationExtension"/>: the LSOA of residence during the period.</summary>
    public const string RegistrationLsoa = "lsoa11";

    /// <summary>Sub-extension of <see cref="RegistrationExtension"/>: start and end of the period.</summary>
    public const string RegistrationPeriod = "period";

    /// <summary>The practice (ODS code, valueString) that recorded an Encounter, Condition, Observation, Immunization or Procedure.</summary>
    public const string PracticeExtension = ExtensionBase + "practice-code";

    /// <summary>Appointment mode on Encounter (valueCode: face_to_face, telephone, online, home_visit).</summary>
    public const string AppointmentModeExtension = ExtensionBase + "appointment-mode";

    /// <summary>Appointment outcome on Encounter (valueCode: attended, dna).</summary>
    public const string AppointmentStatusExtension = ExtensionBase + "appointment-status";
}
