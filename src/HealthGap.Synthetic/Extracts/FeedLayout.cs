namespace HealthGap.Synthetic.Extracts;

/// <summary>
/// File name and columns of one feed, exactly as <c>docs/extracts.md</c> lists them (the contract
/// with ingest), plus which columns the dirt injector may damage.
/// </summary>
internal sealed record FeedLayout(Feed Feed, string FileName, IReadOnlyList<string> Columns)
{
    public int NhsColumn => IndexOf("nhs_number");

    public int LsoaColumn => IndexOf("lsoa11cd");

    /// <summary>Columns holding dates.</summary>
    public IReadOnlyList<int> DateColumns { get; } = Columns
        .Select((c, i) => (c, i))
        .Where(x => x.c.EndsWith("_date", StringComparison.Ordinal) || x.c.EndsWith("_start", StringComparison.Ordinal) ||
                    x.c.EndsWith("_end", StringComparison.Ordinal) || x.c is "date_of_birth" or "date_of_death")
        .Select(x => x.i)
        .ToArray();

    public string Header => string.Join(',', Columns);

    private int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every feed, indexed by <see cref="Feed"/>.</summary>
    public static IReadOnlyList<FeedLayout> All { get; } =
    [
        new(Feed.GpPractices, "gp_practices.csv", ["practice_code", "practice_name", "pcn_code", "pcn_name", "lad22cd"]),
        new(Feed.GpRegistrations, "gp_registrations.csv", ["record_id", "nhs_number", "date_of_birth", "sex", "ethnic_category", "lsoa11cd", "practice_code", "registration_start", "registration_end"]),
        new(Feed.GpEvents, "gp_events.csv", ["record_id", "nhs_number", "event_date", "snomed_code", "value", "practice_code"]),
        new(Feed.GpAppointments, "gp_appointments.csv", ["record_id", "nhs_number", "appointment_date", "mode", "status", "practice_code"]),
        new(Feed.AeAttendances, "ae_attendances.csv", ["record_id", "nhs_number", "arrival_date", "department_type", "discharge"]),
        new(Feed.InpatientAdmissions, "inpatient_admissions.csv", ["record_id", "nhs_number", "admission_date", "discharge_date", "admission_method", "primary_diagnosis", "primary_procedure", "treatment_function_code"]),
        new(Feed.Outpatients, "outpatients.csv", ["record_id", "nhs_number", "appointment_date", "treatment_function_code", "first_attendance", "status"]),
        new(Feed.WaitingList, "waiting_list.csv", ["record_id", "nhs_number", "referral_date", "treatment_function_code", "priority", "waiting_list_type", "clock_stop_date"]),
        new(Feed.CancerRegistrations, "cancer_registrations.csv", ["record_id", "nhs_number", "diagnosis_date", "icd10_site", "stage", "route_to_diagnosis", "emergency_via_ae"]),
        new(Feed.Deaths, "deaths.csv", ["record_id", "nhs_number", "date_of_death", "underlying_cause"]),
        new(Feed.AdultSocialCare, "adult_social_care.csv", ["record_id", "nhs_number", "service_type", "service_start", "service_end"]),
        new(Feed.CouncilServices, "council_services.csv", ["record_id", "nhs_number", "date_of_birth", "sex", "lsoa11cd", "service", "service_start", "service_end"]),
        new(Feed.SocialPrescribingReferrals, "social_prescribing_referrals.csv", ["record_id", "nhs_number", "date_of_birth", "sex", "lsoa11cd", "referral_date", "referred_by", "referred_to", "status", "consent"]),
        new(Feed.MentalHealthContacts, "mental_health_contacts.csv", ["record_id", "nhs_number", "contact_date", "service"]),
        new(Feed.OptOuts, "opt_outs.csv", ["nhs_number"]),
    ];
}
