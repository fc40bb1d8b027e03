namespace HealthGap.Core.Ingest;

/// <summary>The outcome of one ingest: per file, per quarantine reason, opt-outs and speed.</summary>
public sealed record IngestSummary
{
    /// <summary>The batch id recorded in <c>ingest_batch</c>, or null when nothing new was found.</summary>
    public string? BatchId { get; init; }

    /// <summary>Per-file results.</summary>
    public IReadOnlyList<FeedSummary> Files { get; init; } = [];

    /// <summary>Files skipped because the store already holds exactly that file (same SHA-256).</summary>
    public IReadOnlyList<string> AlreadyLoaded { get; init; } = [];

    /// <summary>Quarantined records by reason.</summary>
    public IReadOnlyDictionary<string, long> QuarantinedByReason { get; init; } = new Dictionary<string, long>();

    /// <summary>Distinct opted-out people found in the extracts or the store and excluded.</summary>
    public long OptedOutPeople { get; init; }

    /// <summary>Records dropped because their person opted out.</summary>
    public long OptedOutRecords { get; init; }

    /// <summary>People on the opt-out list supplied.</summary>
    public long OptOutListSize { get; init; }

    /// <summary>Wall-clock duration.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Warnings for the analyst (missing opt-out list, skipped flag rules...).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where the time went, phase by phase.</summary>
    public IReadOnlyList<PhaseTiming> Timings { get; init; } = [];

    /// <summary>Records read in total.</summary>
    public long RecordsRead => Files.Sum(f => f.Read);

    /// <summary>Records accepted in total.</summary>
    public long Accepted => Files.Sum(f => f.Accepted);

    /// <summary>Records quarantined in total.</summary>
    public long Quarantined => QuarantinedByReason.Values.Sum();

    /// <summary>Records linked to a person in total.</summary>
    public long Linked => Files.Sum(f => f.LinkedByNhsNumber + f.LinkedByFallback);

    /// <summary>Records read per second, end to end.</summary>
    public double RecordsPerSecond => Duration.TotalSeconds > 0 ? RecordsRead / Duration.TotalSeconds : 0;
}
