namespace HealthGap.Core.Ingest;

/// <summary>Hospital, cancer and death feeds.</summary>
internal static partial class FeedCatalogue
{
    private static readonly string[] AdmissionMethods =
        ["11", "12", "13", "21", "22", "23", "24", "25", "26", "27", "28", "2A", "2B", "2C", "2D", "31", "32", "81"];

    /// <summary><c>inpatient_admissions.csv</c>.</summary>
    public static FeedDefinition InpatientAdmissions => new("inpatient_admissions", FeedShape.Events,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        new("admission_date", FieldKind.Date), new("discharge_date", FieldKind.Date, false),
        FieldRule.Code("admission_method", AdmissionMethods), new("primary_diagnosis", FieldKind.Icd10),
        new("primary_procedure", FieldKind.Opcs4, false), new("treatment_function_code", FieldKind.Text, false),
    ])
    {
        Event = new EventMapping("apc", "other_admission", "icd10", Date: 2, Code: 5)
        {
            End = 3, Detail = [4, 7], Procedure = 6, KindOf = AdmissionKind,
        },
        Periods = [(2, 3)],
    };

    /// <summary><c>outpatients.csv</c>.</summary>
    public static FeedDefinition Outpatients => new("outpatients", FeedShape.Events,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        new("appointment_date", FieldKind.Date), new("treatment_function_code", FieldKind.Text),
        FieldRule.Code("first_attendance", "Y", "N"), FieldRule.Code("status", "attended", "dna", "cancelled"),
    ])
    {
        Event = new EventMapping("op", "outpatient", "tfc", Date: 2, Code: 3) { Detail = [4, 5] },
    };

    /// <summary><c>waiting_list.csv</c>.</summary>
    public static FeedDefinition WaitingList => new("waiting_list", FeedShape.WaitingList,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        new("referral_date", FieldKind.Date), new("treatment_function_code", FieldKind.Text),
        FieldRule.Code("priority", "routine", "urgent", "two_week_wait"), FieldRule.Code("waiting_list_type", "IRTT", "ORTT"),
        new("clock_stop_date", FieldKind.Date, false),
    ])
    {
        Periods = [(2, 6)],
    };

    /// <summary><c>cancer_registrations.csv</c>.</summary>
    public static FeedDefinition CancerRegistrations => new("cancer_registrations", FeedShape.Cancer,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        new("diagnosis_date", FieldKind.Date), new("icd10_site", FieldKind.Icd10),
        FieldRule.Code("stage", "1", "2", "3", "4", "U"),
        FieldRule.Code("route_to_diagnosis", "emergency_presentation", "two_week_wait", "gp_referral", "other_outpatient", "inpatient_elective", "screening", "unknown"),
        FieldRule.Code("emergency_via_ae", "Y", "N"),
    ]);

    /// <summary><c>deaths.csv</c>.</summary>
    public static FeedDefinition Deaths => new("deaths", FeedShape.Events,
    [
        new("record_id", FieldKind.RecordId), new("nhs_number", FieldKind.NhsNumber),
        new("date_of_death", FieldKind.Date), new("underlying_cause", FieldKind.Icd10, false),
    ])
    {
        Event = new EventMapping("death", "death", "icd10", Date: 2, Code: 3),
    };

    /// <summary>NHS Data Dictionary admission method → event kind.</summary>
    public static string AdmissionKind(string method) => method switch
    {
        "11" or "12" or "13" => "elective_admission",
        ['2', _] => "emergency_admission",
        _ => "other_admission",
    };
}
