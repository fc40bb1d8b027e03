using HealthGap.Core.Privacy;

namespace HealthGap.Core.Ingest;

/// <summary>
/// What every line gets before its fields are checked: the search for NHS numbers outside the
/// <c>nhs_number</c> column (an opted-out person's anywhere drops the line, even a malformed one), control
/// characters and bytes that were not UTF-8; and the opt-out list, read so that it fails closed.
/// </summary>
internal sealed partial class FeedProcessor
{
    /// <summary>
    /// Reads one line of <c>opt_outs.csv</c>: every NHS number found in any of its <paramref name="count"/>
    /// fields (<paramref name="raw"/>, as they stand in the line) opts that person out, whatever else the line
    /// holds. A line with no NHS number is quarantined; one that also has characters that could hide a
    /// number (control characters, bytes that are not UTF-8) stops the batch.
    /// </summary>
    public void OptOutLine(ISourceRow row, ISourceRow raw, int count)
    {
        Counters.Read++;
        var found = false;
        var unreadable = false;
        Span<char> digits = stackalloc char[NhsNumber.Length];
        for (var i = 0; i < count; i++)
        {
            var text = raw.Field(i);
            if (_state.Resolver.Resolve(text.Trim(), out _) is { } person)
            {
                OptOut(person);
                found = true;
                continue;
            }

            while (!text.IsEmpty)
            {
                var issue = FieldScan.Inspect(text, digits, out var end);
                if (issue == FieldIssue.NhsNumber)
                {
                    OptOut(_state.Resolver.Resolve(digits, out _)!);
                    found = true;
                }
                else
                {
                    unreadable |= issue != FieldIssue.None;
                    break;
                }

                text = text[end..];
            }
        }

        if (found)
        {
            Counters.Staged++;
            return;
        }

        if (unreadable)
        {
            throw new IngestException($"{_feed.FileName} line {row.Line} holds no readable NHS number but has control characters or bytes that are not UTF-8, so a number in it may be unreadable. The opt-out list must be read whole: fix the file (UTF-8 text, one NHS number a line) and run the batch again; nothing of this batch was kept.");
        }

        var nhs = row.Field(_nhs).Trim();
        _state.Resolver.Resolve(nhs, out var check);
        Reject(row, check == NhsNumberCheck.Missing
            ? new Rejection("nhs_number", "", QuarantineReason.MissingRequiredField, "the line holds no NHS number.")
            : new Rejection("nhs_number", NhsNumber.Mask(nhs), QuarantineReason.InvalidNhsNumber, "no field of the line is ten digits passing the Modulus 11 check."));
    }

    /// <summary>
    /// Records a CSV line with the wrong number of fields (<paramref name="raw"/>: its fields as they stand).
    /// It is quarantined unless an opted-out person's NHS number is in it, when it is dropped like any of their records.
    /// </summary>
    public void Malformed(ISourceRow raw, int count, string detail)
    {
        Counters.Read++;
        if (OptedOutIn(raw, count, -1) is { } personId)
        {
            Counters.OptedOut++;
            _state.OptOuts.Exclude(personId);
            return;
        }

        Quarantine(raw.Line, "(line)", "", QuarantineReason.MalformedLine, detail);
    }

    /// <summary>
    /// Screens the fields of a well-formed record other than <c>nhs_number</c>. True when the record was
    /// dropped (an opted-out person's NHS number is in it); otherwise <paramref name="rejection"/> says why it
    /// must be quarantined, or is null.
    /// </summary>
    private bool Screen(ISourceRow row, int count, out Rejection? rejection)
    {
        rejection = null;
        Span<char> digits = stackalloc char[NhsNumber.Length];
        for (var i = 0; i < count; i++)
        {
            if (i == _nhs)
            {
                continue;
            }

            var text = row.Field(i);
            var issue = FieldScan.Inspect(text, digits, out _);
            if (issue == FieldIssue.None
                || (issue == FieldIssue.NhsNumber && _feed.Fields[i].Kind == FieldKind.Snomed && _state.Known.IsListedCode(text.Trim())))
            {
                continue;
            }

            if (issue == FieldIssue.NhsNumber && OptedOutIn(row, count, _nhs) is { } personId)
            {
                ExcludeOptedOut(row, personId);
                return true;
            }

            rejection ??= issue switch
            {
                FieldIssue.NhsNumber => new Rejection(_feed.Fields[i].Column, NhsNumber.Mask(text), QuarantineReason.NhsNumberInField,
                    $"{_feed.Fields[i].Column} holds what looks like an NHS number (ten digits passing Modulus 11); NHS numbers belong only in nhs_number."),
                FieldIssue.ControlCharacter => new Rejection(_feed.Fields[i].Column, "", QuarantineReason.ControlCharacter,
                    $"{_feed.Fields[i].Column} holds a control character (NUL, tab, line break…); fix the extract's export."),
                _ => new Rejection(_feed.Fields[i].Column, "", QuarantineReason.InvalidUtf8,
                    $"{_feed.Fields[i].Column} is not valid UTF-8 (or holds U+FFFD); export the extract as UTF-8."),
            };
        }

        return false;
    }

    /// <summary>The person id of the first opted-out person whose NHS number is in any field but <paramref name="skip"/>, or null.</summary>
    private long? OptedOutIn(ISourceRow row, int count, int skip)
    {
        if (_state.OptOuts.Count == 0)
        {
            return null;
        }

        Span<char> digits = stackalloc char[NhsNumber.Length];
        for (var i = 0; i < count; i++)
        {
            var text = i == skip ? [] : row.Field(i);
            if (_state.Resolver.Resolve(text.Trim(), out _) is { Standing: PersonStanding.OptedOut } listed)
            {
                return listed.Pseudonym.PersonId;
            }

            while (!text.IsEmpty && FieldScan.Inspect(text, digits, out var end) == FieldIssue.NhsNumber)
            {
                if (_state.Resolver.Resolve(digits, out _) is { Standing: PersonStanding.OptedOut } person)
                {
                    return person.Pseudonym.PersonId;
                }

                text = text[end..];
            }
        }

        return null;
    }

    private void OptOut(CachedPerson person)
    {
        _state.OptOuts.Add(person.Pseudonym.PersonId);
        person.Standing = PersonStanding.OptedOut;
    }

    // A quarantined value never carries a control character into the store (a NUL cut DuckDB's strings short).
    private static string Printable(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 || c == 0x7f)
            {
                return string.Create(value.Length, value, static (span, v) =>
                {
                    for (var i = 0; i < v.Length; i++)
                    {
                        span[i] = v[i] < 0x20 || v[i] == 0x7f ? '?' : v[i];
                    }
                });
            }
        }

        return value;
    }
}
