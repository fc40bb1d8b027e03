using System.Globalization;
using HealthGap.Synthetic.Events;
using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Extracts;

/// <summary>
/// Writes one person's rows to the shard's feeds with the column order of <c>docs/extracts.md</c>,
/// numbering record ids per person and feed, and keeps the GP rows of people in the FHIR sample.
/// </summary>
internal sealed class ExtractRows(ShardOutput output)
{
    private readonly int[] _sequence = new int[FeedLayout.All.Count];
    private Person _person = null!;

    public List<GpRow> GpRows { get; } = [];

    public List<AppointmentRow> AppointmentRows { get; } = [];

    public bool CaptureFhir { get; private set; }

    public void StartPerson(Person person, bool captureFhir)
    {
        _person = person;
        Array.Clear(_sequence);
        CaptureFhir = captureFhir;
        GpRows.Clear();
        AppointmentRows.Clear();
    }

    public void Registrations()
    {
        foreach (var r in _person.Registrations)
        {
            output.Begin(Feed.GpRegistrations).Field(r.RecordId).Field(_person.NhsNumber).Field(_person.DateOfBirth)
                .Field(_person.Sex.ToString()).Field(_person.EthnicCategory).Field(r.Lsoa.Code).Field(r.Practice.Code)
                .Field(r.Start).Field(r.End).End();
        }
    }

    public void Gp(DateOnly date, string code, GpKind kind, double? value = null, int decimals = 0)
    {
        var practice = _person.RegistrationOn(date).Practice.Code;
        var id = Next(Feed.GpEvents, 'E');
        output.Begin(Feed.GpEvents).Field(id).Field(_person.NhsNumber).Field(date).Field(code).Field(value, decimals).Field(practice).End();
        if (CaptureFhir)
        {
            GpRows.Add(new GpRow(id, date, code, value is { } v ? Math.Round(v, decimals) : null, practice, kind));
        }
    }

    public void Appointment(DateOnly date, string mode, string status)
    {
        var practice = _person.RegistrationOn(date).Practice.Code;
        var id = Next(Feed.GpAppointments, 'P');
        output.Begin(Feed.GpAppointments).Field(id).Field(_person.NhsNumber).Field(date).Field(mode).Field(status).Field(practice).End();
        if (CaptureFhir)
        {
            AppointmentRows.Add(new AppointmentRow(id, date, mode, status, practice));
        }
    }

    public void Ae(DateOnly date, string departmentType, string discharge) =>
        output.Begin(Feed.AeAttendances).Field(Next(Feed.AeAttendances, 'A')).Field(_person.NhsNumber).Field(date)
            .Field(departmentType).Field(discharge).End();

    public void Admission(DateOnly admitted, DateOnly discharged, string method, string diagnosis, string? procedure, string treatmentFunction) =>
        output.Begin(Feed.InpatientAdmissions).Field(Next(Feed.InpatientAdmissions, 'I')).Field(_person.NhsNumber).Field(admitted)
            .Field(discharged).Field(method).Field(diagnosis).Field(procedure).Field(treatmentFunction).End();

    public void Outpatient(DateOnly date, string treatmentFunction, bool first, string status) =>
        output.Begin(Feed.Outpatients).Field(Next(Feed.Outpatients, 'O')).Field(_person.NhsNumber).Field(date)
            .Field(treatmentFunction).Field(first ? "Y" : "N").Field(status).End();

    public void Pathway(DateOnly referral, string treatmentFunction, string priority, string type, DateOnly? clockStop) =>
        output.Begin(Feed.WaitingList).Field(Next(Feed.WaitingList, 'W')).Field(_person.NhsNumber).Field(referral)
            .Field(treatmentFunction).Field(priority).Field(type).Field(clockStop).End();

    public void Cancer(DateOnly date, string site, string stage, string route, bool viaAe) =>
        output.Begin(Feed.CancerRegistrations).Field(Next(Feed.CancerRegistrations, 'C')).Field(_person.NhsNumber).Field(date)
            .Field(site).Field(stage).Field(route).Field(viaAe ? "Y" : "N").End();

    public void Death(DateOnly date, string cause) =>
        output.Begin(Feed.Deaths).Field(Next(Feed.Deaths, 'D')).Field(_person.NhsNumber).Field(date).Field(cause).End();

    public void SocialCare(string service, DateOnly start, DateOnly? end) =>
        output.Begin(Feed.AdultSocialCare).Field(Next(Feed.AdultSocialCare, 'S')).Field(_person.NhsNumber).Field(service)
            .Field(start).Field(end).End();

    public void Council(bool withNhsNumber, string service, DateOnly start, DateOnly? end) =>
        output.Begin(Feed.CouncilServices).Field(Next(Feed.CouncilServices, 'K')).Field(withNhsNumber ? _person.NhsNumber : null)
            .Field(_person.DateOfBirth).Field(_person.Sex.ToString()).Field(_person.RegistrationOn(start).Lsoa.Code)
            .Field(service).Field(start).Field(end).End();

    public void Referral(bool withNhsNumber, DateOnly date, string by, string to, string status, bool consent) =>
        output.Begin(Feed.SocialPrescribingReferrals).Field(Next(Feed.SocialPrescribingReferrals, 'V'))
            .Field(withNhsNumber ? _person.NhsNumber : null).Field(_person.DateOfBirth).Field(_person.Sex.ToString())
            .Field(_person.RegistrationOn(date).Lsoa.Code).Field(date).Field(by).Field(to).Field(status).Field(consent ? "Y" : "N").End();

    public void MentalHealth(DateOnly date, string service) =>
        output.Begin(Feed.MentalHealthContacts).Field(Next(Feed.MentalHealthContacts, 'M')).Field(_person.NhsNumber).Field(date)
            .Field(service).End();

    public void OptOut() => output.Begin(Feed.OptOuts).Field(_person.NhsNumber).End();

    private string Next(Feed feed, char prefix)
    {
        var n = ++_sequence[(int)feed];
        return prefix + _person.Index.ToString("D7", CultureInfo.InvariantCulture) + "-" + n.ToString(CultureInfo.InvariantCulture);
    }
}
