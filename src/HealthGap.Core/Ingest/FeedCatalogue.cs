namespace HealthGap.Core.Ingest;

/// <summary>
/// Every feed <c>healthgap ingest</c> reads, in the order it reads them: practices and the opt-out list
/// first, then registrations (which define who is a person), then activity. The rules here are the
/// contract of <c>docs/extracts.md</c>; the quarantine reasons they raise are in <c>docs/ingest.md</c>.
/// </summary>
internal static partial class FeedCatalogue
{
    private static readonly string[] Sexes = ["M", "F", "U"];
    private static readonly string[] EthnicCategories =
        ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z"];

    /// <summary>All feeds in reading order.</summary>
    public static IReadOnlyList<FeedDefinition> All =>
    [
        Practices, OptOuts, Registrations, GpEvents, GpAppointments, AeAttendances, InpatientAdmissions,
        Outpatients, WaitingList, CancerRegistrations, Deaths, AdultSocialCare, CouncilServices,
        SocialPrescribing, MentalHealthContacts,
    ];

    /// <summary><c>gp_practices.csv</c>.</summary>
    public static FeedDefinition Practices => new("gp_practices", FeedShape.Practices,
    [
        new("practice_code", FieldKind.RecordId), new("practice_name", FieldKind.Text, false),
        new("pcn_code", FieldKind.Text, false), new("pcn_name", FieldKind.Text, false),
        new("lad22cd", FieldKind.Text, false),
    ]);

    /// <summary><c>opt_outs.csv</c>.</summary>
    public static FeedDefinition OptOuts => new("opt_outs", FeedShape.OptOuts, [new("nhs_number", FieldKind.NhsNumber)]);

    /// <summary><c>gp_registrations.csv</c>.</summary>
    public static FeedDefinition Registrations => new("gp_registrations", FeedShape.Registrations,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        new("date_of_birth", FieldKind.BirthDate), FieldRule.Code("sex", Sexes),
        FieldRule.OptionalCode("ethnic_category", EthnicCategories), new("lsoa11cd", FieldKind.Lsoa),
        new("practice_code", FieldKind.Practice), new("registration_start", FieldKind.Date),
        new("registration_end", FieldKind.Date, false),
    ])
    {
        Periods = [(7, 8)],
    };

    /// <summary><c>gp_events.csv</c>.</summary>
    public static FeedDefinition GpEvents => new("gp_events", FeedShape.Events,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        new("event_date", FieldKind.Date), new("snomed_code", FieldKind.Snomed),
        new("value", FieldKind.Number, false), new("practice_code", FieldKind.Practice),
    ])
    {
        Event = new EventMapping("gp", "coded_entry", "snomed", Date: 2, Code: 3) { Value = 4, Detail = [5] },
    };

    /// <summary><c>gp_appointments.csv</c>.</summary>
    public static FeedDefinition GpAppointments => new("gp_appointments", FeedShape.Events,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        new("appointment_date", FieldKind.Date),
        FieldRule.Code("mode", "face_to_face", "telephone", "online", "home_visit"),
        FieldRule.Code("status", "attended", "dna"), new("practice_code", FieldKind.Practice),
    ])
    {
        Event = new EventMapping("gp_appointment", "appointment", "local", Date: 2, Code: 3) { Detail = [4, 5] },
    };

    /// <summary><c>ae_attendances.csv</c>.</summary>
    public static FeedDefinition AeAttendances => new("ae_attendances", FeedShape.Events,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        new("arrival_date", FieldKind.Date), FieldRule.Code("department_type", "01", "02", "03", "04"),
        FieldRule.Code("discharge", "admitted", "discharged", "referred", "left"),
    ])
    {
        Event = new EventMapping("ae", "ae_attendance", "local", Date: 2, Code: 3) { Detail = [4] },
    };

    /// <summary><c>mental_health_contacts.csv</c>.</summary>
    public static FeedDefinition MentalHealthContacts => new("mental_health_contacts", FeedShape.Events,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        new("contact_date", FieldKind.Date), FieldRule.Code("service", "cypmhs", "adult_community", "crisis", "iapt"),
    ])
    {
        Event = new EventMapping("mh", "mh_contact", "local", Date: 2, Code: 3),
    };

    /// <summary>The feed whose file is <paramref name="fileName"/>, or null.</summary>
    public static FeedDefinition? ForFile(string fileName) =>
        All.FirstOrDefault(f => string.Equals(f.FileName, fileName, StringComparison.OrdinalIgnoreCase));
}
