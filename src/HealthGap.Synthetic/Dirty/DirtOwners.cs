using HealthGap.Synthetic.Extracts;

namespace HealthGap.Synthetic.Dirty;

/// <summary>
/// Whose rows the dirt landed on, so <c>truth.json</c> can say exactly what an ingest should quarantine:
/// ingest drops every row of a person on the national data opt-out before looking at the rest of it, so
/// damage on those rows (an unknown LSOA, an impossible date, a duplicate — anything that keeps the NHS
/// number readable, a malformed line included: ingest finds the number in any field) is dropped, not
/// quarantined. On the opt-out list itself a repeated or malformed line still opts its person out. Rows without an NHS number (council, VCSE) are linked by
/// date of birth + sex + LSOA, so a duplicate of one is only a duplicate if the original links.
/// </summary>
internal sealed class DirtOwners
{
    private static readonly int KindCount = Enum.GetValues<DirtKind>().Length;
    private readonly HashSet<long> _optedOut = [];
    private readonly List<(Feed Feed, DirtKind Kind, long NhsNumber)> _identified = [];

    /// <summary>Dirt on rows whose NHS number was empty before the damage, indexed [feed, kind].</summary>
    public long[,] WithoutNhsNumber { get; } = new long[FeedLayout.All.Count, KindCount];

    /// <summary>Notes an opt-out line that reaches the file intact (undamaged or duplicated), so its person is opted out.</summary>
    public void OptedOut(string nhsNumber) => _optedOut.Add(long.Parse(nhsNumber, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Notes a damaged row with the NHS number it had before the damage (empty when it had none).</summary>
    public void Damaged(Feed feed, DirtKind kind, string nhsNumber)
    {
        if (nhsNumber.Length == 0)
        {
            WithoutNhsNumber[(int)feed, (int)kind]++;
        }
        else if (feed == Feed.OptOuts ? kind is DirtKind.ExactDuplicate or DirtKind.MalformedLine
            : kind is DirtKind.UnknownLsoa or DirtKind.ImpossibleDate or DirtKind.ExactDuplicate or DirtKind.MalformedLine)
        {
            _identified.Add((feed, kind, long.Parse(nhsNumber, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Adds another shard's notes.</summary>
    public void Merge(DirtOwners other)
    {
        _optedOut.UnionWith(other._optedOut);
        _identified.AddRange(other._identified);
        for (var f = 0; f < WithoutNhsNumber.GetLength(0); f++)
        {
            for (var k = 0; k < KindCount; k++)
            {
                WithoutNhsNumber[f, k] += other.WithoutNhsNumber[f, k];
            }
        }
    }

    /// <summary>Dirt on rows that carry the NHS number of an opted-out person, indexed [feed, kind].</summary>
    public long[,] OnOptedOutPeople()
    {
        var counts = new long[FeedLayout.All.Count, KindCount];
        foreach (var (feed, kind, nhsNumber) in _identified)
        {
            if (_optedOut.Contains(nhsNumber))
            {
                counts[(int)feed, (int)kind]++;
            }
        }

        return counts;
    }
}
