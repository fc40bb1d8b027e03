namespace HealthGap.Core.Ingest;

/// <summary>What happened to the records of one feed in one batch.</summary>
internal sealed class FeedCounters
{
    /// <summary>Records read.</summary>
    public long Read { get; set; }

    /// <summary>Records that passed every check and were staged (before duplicates are removed).</summary>
    public long Staged { get; set; }

    /// <summary>Records quarantined while reading.</summary>
    public long Quarantined { get; set; }

    /// <summary>Records dropped because the person opted out.</summary>
    public long OptedOut { get; set; }

    /// <summary>Records linked to a person by NHS number.</summary>
    public long LinkedByNhsNumber { get; set; }

    /// <summary>Records linked by the date of birth + sex + LSOA fallback.</summary>
    public long LinkedByFallback { get; set; }

    /// <summary>Lines of the records linked by the fallback (so duplicates found later are taken off the right count).</summary>
    public HashSet<long> FallbackLines { get; } = [];

    /// <summary>Records that tried to link and failed (unregistered or unlinkable).</summary>
    public long NotLinked { get; set; }
}
