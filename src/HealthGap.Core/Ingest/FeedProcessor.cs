using HealthGap.Core.Privacy;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Processes the records of one feed file: NHS number first (so an opted-out person's record is dropped
/// before anything else about it is looked at), then every other field, then linkage to a person, then
/// the staging row. Every rejected record becomes one quarantine row with a named reason.
/// </summary>
internal sealed partial class FeedProcessor
{
    private readonly IngestState _state;
    private readonly FeedDefinition _feed;
    private readonly int _fileId;
    private readonly RowValues _values;
    private readonly int _nhs;
    private readonly int _dateOfBirth;
    private readonly int _sex;
    private readonly int _lsoa;
    private readonly string _keyPrefix;

    public FeedProcessor(IngestState state, FeedDefinition feed, int fileId)
    {
        _state = state;
        _feed = feed;
        _fileId = fileId;
        _values = new RowValues(feed.Fields.Count);
        _nhs = feed.IndexOf("nhs_number");
        _dateOfBirth = feed.IndexOf("date_of_birth");
        _sex = feed.IndexOf("sex");
        _lsoa = feed.IndexOf("lsoa11cd");
        _keyPrefix = feed.Name + ":";
    }

    /// <summary>What happened to this file's records.</summary>
    public FeedCounters Counters { get; } = new();

    /// <summary>Processes one record.</summary>
    public void Process(ISourceRow row)
    {
        if (_feed.Shape == FeedShape.OptOuts)
        {
            OptOutLine(row, row, _feed.Fields.Count);
            return;
        }

        Counters.Read++;
        _values.Clear();
        CachedPerson? person = null;
        var check = NhsNumberCheck.Missing;
        if (_nhs >= 0)
        {
            person = _state.Resolver.Resolve(row.Field(_nhs).Trim(), out check);
            if (person?.Standing == PersonStanding.OptedOut)
            {
                ExcludeOptedOut(row, person.Pseudonym.PersonId);
                return;
            }
        }

        // Every other field, before anything is kept or quarantined: an opted-out person's NHS number
        // anywhere in the record drops it; any other NHS number, control character or bad UTF-8 quarantines it.
        if (Screen(row, _feed.Fields.Count, out var screened))
        {
            return;
        }

        if (_nhs >= 0 && person is null && (check != NhsNumberCheck.Missing || !_feed.FallbackLinkage))
        {
            var text = row.Field(_nhs).Trim();
            var reason = check == NhsNumberCheck.Missing ? QuarantineReason.MissingRequiredField : QuarantineReason.InvalidNhsNumber;
            Reject(row, new Rejection("nhs_number", NhsNumber.Mask(text), reason,
                reason == QuarantineReason.MissingRequiredField ? "nhs_number is empty; this feed requires it." : "nhs_number is not ten digits passing the Modulus 11 check."));
            return;
        }

        if (screened is not null)
        {
            Reject(row, screened);
            return;
        }

        var rejection = _state.Validator.Validate(_feed, row, _values);
        if (rejection is not null)
        {
            Reject(row, rejection);
            return;
        }

        switch (_feed.Shape)
        {
            case FeedShape.Practices:
                StagePractice(row);
                break;
            case FeedShape.Registrations:
                StageRegistration(row, person!);
                break;
            default:
                if (Link(row, person))
                {
                    StageActivity(row);
                }

                break;
        }
    }

    /// <summary>Records a line that could not be read as a record at all.</summary>
    public void Malformed(long line, string detail) => Malformed(line, "(line)", detail);

    /// <summary>Records a record that could not be read because of <paramref name="field"/> (a FHIR element, say).</summary>
    public void Malformed(long line, string field, string detail)
    {
        Counters.Read++;
        Quarantine(line, field, "", QuarantineReason.MalformedLine, detail);
    }

    private bool Link(ISourceRow row, CachedPerson? person)
    {
        if (person is not null)
        {
            switch (person.Standing)
            {
                case PersonStanding.Registered:
                    _values.PersonId = person.Pseudonym.PersonId;
                    Counters.LinkedByNhsNumber++;
                    return true;
                case PersonStanding.Collision:
                    Reject(row, new Rejection("nhs_number", NhsNumber.Mask(row.Field(_nhs).Trim()), QuarantineReason.PseudonymCollision,
                        "another NHS number has the same 64-bit person_id; report this to the HealthGap maintainers."));
                    return false;
                default:
                    Counters.NotLinked++;
                    Reject(row, new Rejection("nhs_number", NhsNumber.Mask(row.Field(_nhs).Trim()), QuarantineReason.UnregisteredPerson,
                        "no GP registration for this NHS number in this batch or the store; send gp_registrations.csv with the person."));
                    return false;
            }
        }

        var key = LinkageKeyOf(row);
        var matches = _state.Linkage.Find(key, out var personId);
        if (matches == 1 && _state.OptOuts.Contains(personId))
        {
            ExcludeOptedOut(row, personId);
            return false;
        }

        if (matches != 1 || !_state.Resolver.IsRegistered(personId))
        {
            Counters.NotLinked++;
            Reject(row, new Rejection("date_of_birth+sex+lsoa11cd",
                $"{RowValidator.Mask(FieldKind.BirthDate, row.Field(_dateOfBirth).Trim())}|{row.Field(_sex).Trim()}|{row.Field(_lsoa).Trim()}",
                QuarantineReason.Unlinkable,
                matches == 0 ? "no NHS number, and no registered person has this date of birth, sex and LSOA."
                    : "no NHS number, and more than one registered person has this date of birth, sex and LSOA."));
            return false;
        }

        _values.PersonId = personId;
        Counters.LinkedByFallback++;
        Counters.FallbackLines.Add(row.Line);
        return true;
    }

    private long LinkageKeyOf(ISourceRow row) =>
        _state.Resolver.Pseudonymiser.LinkageKey(_values.Dates[_dateOfBirth]!.Value, row.Field(_sex).Trim()[0], row.Field(_lsoa).Trim().ToString());

    private void ExcludeOptedOut(ISourceRow row, long personId)
    {
        Counters.OptedOut++;
        _state.OptOuts.Exclude(personId);
        if (_feed.Shape == FeedShape.Registrations)
        {
            // Keep the opted-out person's fallback key (in memory only) so their council or VCSE records
            // without an NHS number are dropped too, rather than quarantined with their details.
            if (IsoDate.TryParse(row.Field(_dateOfBirth).Trim(), out var dob) && !row.Field(_sex).Trim().IsEmpty)
            {
                var key = _state.Resolver.Pseudonymiser.LinkageKey(dob, row.Field(_sex).Trim()[0], row.Field(_lsoa).Trim().ToString());
                _state.Linkage.Add(key, personId);
            }
        }
    }

    private void Reject(ISourceRow row, Rejection rejection)
    {
        Quarantine(row.Line, rejection.Field, rejection.ValueMasked, rejection.Reason, rejection.Detail);
    }

    private void Quarantine(long line, string field, string value, string reason, string detail)
    {
        Counters.Quarantined++;
        _state.QuarantinedByReason[reason] = _state.QuarantinedByReason.GetValueOrDefault(reason) + 1;
        _state.Writer.Quarantine(_fileId, line, field, Printable(value), reason, detail);
    }
}
