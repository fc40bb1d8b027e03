using HealthGap.Core.Privacy;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Turns an NHS number into a person: normalises and checks it (Modulus 11), pseudonymises it once per
/// person (the cache means HMAC runs once per NHS number, not once per record), and says whether the
/// person is registered, unregistered or opted out. The cache lives only in memory for one ingest.
/// </summary>
internal sealed class PersonResolver(Pseudonymiser pseudonymiser, OptOutRegister optOuts, IEnumerable<long> registeredInStore)
{
    private readonly Dictionary<string, CachedPerson> _byNhsNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<long, CachedPerson> _byPersonId = [];
    private readonly HashSet<long> _registered = registeredInStore.ToHashSet();

    /// <summary>The pseudonymiser in use.</summary>
    public Pseudonymiser Pseudonymiser => pseudonymiser;

    /// <summary>
    /// Checks and pseudonymises an NHS number. Returns null with <paramref name="check"/> not Valid when the
    /// number is missing or invalid.
    /// </summary>
    public CachedPerson? Resolve(ReadOnlySpan<char> nhsNumber, out NhsNumberCheck check)
    {
        if (nhsNumber.Length == NhsNumber.Length
            && _byNhsNumber.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(nhsNumber, out var cached))
        {
            check = NhsNumberCheck.Valid;
            return cached;
        }

        Span<char> normalised = stackalloc char[NhsNumber.Length];
        check = NhsNumber.Normalise(nhsNumber, normalised);
        if (check != NhsNumberCheck.Valid)
        {
            return null;
        }

        var lookup = _byNhsNumber.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(normalised, out cached))
        {
            return cached;
        }

        var person = new CachedPerson(pseudonymiser.Pseudonymise(normalised));
        var id = person.Pseudonym.PersonId;
        if (_byPersonId.TryGetValue(id, out var other) && other.Pseudonym != person.Pseudonym)
        {
            person.Standing = PersonStanding.Collision;
            other.Standing = PersonStanding.Collision;
        }
        else
        {
            person.Standing = optOuts.Contains(id) ? PersonStanding.OptedOut
                : _registered.Contains(id) ? PersonStanding.Registered
                : PersonStanding.Unregistered;
            _byPersonId[id] = person;
        }

        lookup[normalised] = person;
        return person;
    }

    /// <summary>Marks a person as registered (a good registration record was read).</summary>
    public void Register(CachedPerson person)
    {
        if (person.Standing == PersonStanding.Unregistered)
        {
            person.Standing = PersonStanding.Registered;
        }

        _registered.Add(person.Pseudonym.PersonId);
    }

    /// <summary>Whether a person id (from the fallback linkage) is registered.</summary>
    public bool IsRegistered(long personId) => _registered.Contains(personId);

    /// <summary>Forgets registered people removed from the store because they opted out.</summary>
    public void Forget(long personId) => _registered.Remove(personId);
}
