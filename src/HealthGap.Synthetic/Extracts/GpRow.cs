using HealthGap.Synthetic.Events;

namespace HealthGap.Synthetic.Extracts;

/// <summary>A GP coded entry as written to <c>gp_events.csv</c>, kept for the FHIR sample.</summary>
internal sealed record GpRow(string RecordId, DateOnly Date, string Code, double? Value, string PracticeCode, GpKind Kind);

/// <summary>A GP appointment as written to <c>gp_appointments.csv</c>, kept for the FHIR sample.</summary>
internal sealed record AppointmentRow(string RecordId, DateOnly Date, string Mode, string Status, string PracticeCode);
