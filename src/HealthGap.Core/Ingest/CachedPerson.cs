using HealthGap.Core.Privacy;

namespace HealthGap.Core.Ingest;

/// <summary>What ingest knows about one NHS number: its pseudonym (computed once) and its standing.</summary>
/// <param name="pseudonym">The keyed pseudonym.</param>
internal sealed class CachedPerson(Pseudonym pseudonym)
{
    /// <summary>The keyed pseudonym.</summary>
    public Pseudonym Pseudonym { get; } = pseudonym;

    /// <summary>Registered (in the store or this batch), not registered, opted out or colliding.</summary>
    public PersonStanding Standing { get; set; }
}

/// <summary>Where a person stands for this batch.</summary>
internal enum PersonStanding
{
    /// <summary>No GP registration seen (yet).</summary>
    Unregistered,

    /// <summary>Registered in the store or in this batch's registrations.</summary>
    Registered,

    /// <summary>On the national data opt-out list.</summary>
    OptedOut,

    /// <summary>Another NHS number has the same person_id.</summary>
    Collision,
}
