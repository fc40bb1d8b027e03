namespace HealthGap.Core.Ingest;

/// <summary>Writing validated, linked records to the staging tables.</summary>
internal sealed partial class FeedProcessor
{
    private void StagePractice(ISourceRow row)
    {
        var code = row.Field(0).Trim().ToString();
        _state.Known.AddPractice(code);
        _state.Writer.For("stg_practice").CreateRow()
            .AppendValue(code).AppendValue(Text(row, 1)).AppendValue(Text(row, 2)).AppendValue(Text(row, 3))
            .AppendValue(Text(row, 4)).AppendValue(_fileId).AppendValue(row.Line).EndRow();
        Counters.Staged++;
    }

    private void StageRegistration(ISourceRow row, CachedPerson person)
    {
        if (person.Standing == PersonStanding.Collision)
        {
            Reject(row, new Rejection("nhs_number", Privacy.NhsNumber.Mask(row.Field(_nhs).Trim()), QuarantineReason.PseudonymCollision,
                "another NHS number has the same 64-bit person_id; report this to the HealthGap maintainers."));
            return;
        }

        _state.Resolver.Register(person);
        var linkageKey = LinkageKeyOf(row);
        _state.Linkage.Add(linkageKey, person.Pseudonym.PersonId);
        var dob = _values.Dates[2]!.Value;
        var recordKey = RecordKey(row);
        _state.Writer.For("stg_registration").CreateRow()
            .AppendValue(person.Pseudonym.PersonId).AppendValue(person.Pseudonym.Hex)
            .AppendValue(new DateOnly(dob.Year, dob.Month, 1)).AppendValue(Code(row, 3)).AppendValue(Code(row, 4))
            .AppendValue(Code(row, 5)).AppendValue(Code(row, 6)).AppendValue(_values.Dates[7]).AppendValue(_values.Dates[8])
            .AppendValue(linkageKey).AppendValue(recordKey).AppendValue(_fileId).AppendValue(row.Line).AppendValue(_state.SeenKeys.TestAndAdd(recordKey)).EndRow();
        Counters.Staged++;
    }

    private void StageActivity(ISourceRow row)
    {
        switch (_feed.Shape)
        {
            case FeedShape.WaitingList:
                var pathway = RecordKey(row);
                _state.Writer.For("stg_waiting").CreateRow()
                    .AppendValue(_values.PersonId).AppendValue(pathway).AppendValue(_values.Dates[2])
                    .AppendValue(Code(row, 3)).AppendValue(Code(row, 4)).AppendValue(Code(row, 5)).AppendValue(_values.Dates[6])
                    .AppendValue(_fileId).AppendValue(row.Line).AppendValue(_state.SeenKeys.TestAndAdd(pathway)).EndRow();
                break;
            case FeedShape.Cancer:
                var tumour = RecordKey(row);
                _state.Writer.For("stg_cancer").CreateRow()
                    .AppendValue(_values.PersonId).AppendValue(tumour).AppendValue(_values.Dates[2])
                    .AppendValue(Code(row, 3)).AppendValue(Code(row, 4)).AppendValue(Code(row, 5))
                    .AppendValue(row.Field(6).Trim() is "Y").AppendValue(_fileId).AppendValue(row.Line).AppendValue(_state.SeenKeys.TestAndAdd(tumour)).EndRow();
                break;
            default:
                StageEvent(row);
                break;
        }

        Counters.Staged++;
    }

    private void StageEvent(ISourceRow row)
    {
        var map = _feed.Event!;
        var recordKey = RecordKey(row);
        var detail = Detail(row, map.Detail);
        var kind = map.KindOf is null ? map.Kind : map.KindOf(Code(row, map.Detail[0]) ?? "");
        AppendEvent(row.Line, kind, map.CodeSystem, Code(row, map.Code), map.Value is { } v ? _values.Numbers[v] : null, detail, recordKey,
            map.End is { } e ? _values.Dates[e] : null);
        if (map.Procedure is { } p && Code(row, p) is { } procedure)
        {
            AppendEvent(row.Line, "procedure", "opcs4", procedure, null, detail, recordKey + ":procedure", map.End is { } e2 ? _values.Dates[e2] : null);
        }
    }

    private void AppendEvent(long line, string kind, string codeSystem, string? code, double? value, string? detail, string recordKey, DateOnly? end)
    {
        var map = _feed.Event!;
        var suspect = _state.SeenKeys.TestAndAdd(recordKey);
        if (_state.DirectEvents && !suspect)
        {
            // A first load: straight into the store. A key that may repeat is only staged, and the merge
            // moves its first copy across (see StoreMerge.DirectEvents), so nothing is ever deleted from event.
            _state.Writer.ForStore("event").CreateRow()
                .AppendValue(_values.PersonId).AppendValue(_values.Dates[map.Date]).AppendValue(end)
                .AppendValue(map.Source).AppendValue(kind).AppendValue(codeSystem).AppendValue(code).AppendValue(value)
                .AppendValue(detail).AppendValue(recordKey).EndRow();
            return;
        }

        _state.Writer.For("stg_event").CreateRow()
            .AppendValue(_values.PersonId).AppendValue(_values.Dates[map.Date]).AppendValue(end)
            .AppendValue(map.Source).AppendValue(kind).AppendValue(codeSystem).AppendValue(code).AppendValue(value)
            .AppendValue(detail).AppendValue(recordKey).AppendValue(_fileId).AppendValue(line).AppendValue(suspect).EndRow();
    }

    private string? Detail(ISourceRow row, IReadOnlyList<int> columns)
    {
        if (columns.Count == 0)
        {
            return null;
        }

        if (columns.Count == 1)
        {
            return Code(row, columns[0]);
        }

        Span<char> buffer = stackalloc char[256];
        var length = 0;
        for (var i = 0; i < columns.Count; i++)
        {
            var part = row.Field(columns[i]).Trim();
            if (i > 0)
            {
                buffer[length++] = '|';
            }

            if (length + part.Length >= buffer.Length - 1)
            {
                break;
            }

            part.CopyTo(buffer[length..]);
            length += part.Length;
        }

        return _state.Strings.Get(buffer[..length]);
    }

    private string RecordKey(ISourceRow row) => string.Concat(_keyPrefix, row.Field(0).Trim());

    private string? Code(ISourceRow row, int column) => _state.Strings.Get(row.Field(column).Trim());

    private static string? Text(ISourceRow row, int column)
    {
        var text = row.Field(column).Trim();
        return text.IsEmpty ? null : text.ToString();
    }
}
