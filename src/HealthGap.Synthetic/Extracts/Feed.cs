namespace HealthGap.Synthetic.Extracts;

/// <summary>The CSV feeds of <c>docs/extracts.md</c>, in the order they are described there.</summary>
internal enum Feed
{
    GpPractices,
    GpRegistrations,
    GpEvents,
    GpAppointments,
    AeAttendances,
    InpatientAdmissions,
    Outpatients,
    WaitingList,
    CancerRegistrations,
    Deaths,
    AdultSocialCare,
    CouncilServices,
    SocialPrescribingReferrals,
    MentalHealthContacts,
    OptOuts,
}
