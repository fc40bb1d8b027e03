namespace HealthGap.Core.Ingest;

/// <summary>
/// The deterministic fallback for records without an NHS number: keyed hash of date of birth + sex + LSOA
/// → the one person with it. A key shared by two people is marked ambiguous and links nobody.
/// </summary>
internal sealed class LinkageIndex
{
    private const long Ambiguous = long.MinValue;
    private readonly Dictionary<long, long> _people = [];

    /// <summary>Records that <paramref name="personId"/> has this linkage key.</summary>
    public void Add(long linkageKey, long personId)
    {
        if (_people.TryGetValue(linkageKey, out var existing) && existing != personId)
        {
            _people[linkageKey] = Ambiguous;
        }
        else
        {
            _people[linkageKey] = personId;
        }
    }

    /// <summary>The number of people with the key (0, 1, or 2 meaning "more than one") and the one person.</summary>
    public int Find(long linkageKey, out long personId)
    {
        personId = 0;
        if (!_people.TryGetValue(linkageKey, out var found))
        {
            return 0;
        }

        if (found == Ambiguous)
        {
            return 2;
        }

        personId = found;
        return 1;
    }
}
