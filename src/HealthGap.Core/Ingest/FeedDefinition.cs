namespace HealthGap.Core.Ingest;

/// <summary>One source feed of <c>docs/extracts.md</c>: its file, columns and rules, and where it lands.</summary>
/// <param name="Name">Feed name, the file name without <c>.csv</c>; the prefix of every record_key.</param>
/// <param name="Shape">Which table the records become.</param>
/// <param name="Fields">Columns in documented order with their rules.</param>
internal sealed record FeedDefinition(string Name, FeedShape Shape, IReadOnlyList<FieldRule> Fields)
{
    /// <summary>The CSV file name.</summary>
    public string FileName => Name + ".csv";

    /// <summary>How records become events (for <see cref="FeedShape.Events"/>).</summary>
    public EventMapping? Event { get; init; }

    /// <summary>(start, end) column pairs of dates: an end before its start quarantines the record.</summary>
    public IReadOnlyList<(int Start, int End)> Periods { get; init; } = [];

    /// <summary>Index of the date-of-birth column, or −1: no other date of the record may be before it.</summary>
    public int BirthDateColumn { get; } = IndexOfKind(Fields, FieldKind.BirthDate);

    /// <summary>Whether records without an NHS number are linked by date of birth + sex + LSOA.</summary>
    public bool FallbackLinkage { get; init; }

    /// <summary>Index of the column named <paramref name="column"/>, or −1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Column == column)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfKind(IReadOnlyList<FieldRule> fields, FieldKind kind)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }
}
