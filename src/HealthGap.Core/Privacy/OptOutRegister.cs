namespace HealthGap.Core.Privacy;

/// <summary>
/// The national data opt-out list, held only as pseudonymised person ids and only in memory for the
/// length of one ingest. People on it are excluded from the secondary-use store entirely; all that is
/// kept is how many were excluded. See <c>docs/ingest.md</c> for why, and for the direct-care exception.
/// </summary>
internal sealed class OptOutRegister
{
    private readonly HashSet<long> _personIds = [];
    private readonly HashSet<long> _matched = [];

    /// <summary>Whether an opt-out list was supplied with the batch.</summary>
    public bool Supplied { get; set; }

    /// <summary>Number of distinct people on the list.</summary>
    public int Count => _personIds.Count;

    /// <summary>Distinct listed people found in the extracts or the store (the count that is stored).</summary>
    public int Matched => _matched.Count;

    /// <summary>Records dropped because their person opted out.</summary>
    public long RowsExcluded { get; private set; }

    /// <summary>The listed person ids (for deleting people who opted out since an earlier batch).</summary>
    public IReadOnlyCollection<long> PersonIds => _personIds;

    /// <summary>Adds a person to the list; false when they were already on it.</summary>
    public bool Add(long personId) => _personIds.Add(personId);

    /// <summary>True when the person opted out.</summary>
    public bool Contains(long personId) => _personIds.Contains(personId);

    /// <summary>Records that one record of an opted-out person was dropped.</summary>
    public void Exclude(long personId)
    {
        _matched.Add(personId);
        RowsExcluded++;
    }

    /// <summary>Records that a person already in the store opted out and was removed.</summary>
    public void MatchedInStore(long personId) => _matched.Add(personId);
}
