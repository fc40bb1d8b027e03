namespace HealthGap.Core.Ingest;

/// <summary>Which store table a feed's records become.</summary>
internal enum FeedShape
{
    /// <summary><c>ref_practice</c>.</summary>
    Practices,

    /// <summary><c>person_residence</c> and <c>person</c>.</summary>
    Registrations,

    /// <summary><c>event</c>.</summary>
    Events,

    /// <summary><c>waiting_list</c>.</summary>
    WaitingList,

    /// <summary><c>cancer</c>.</summary>
    Cancer,

    /// <summary>The national data opt-out list (never stored).</summary>
    OptOuts,
}
