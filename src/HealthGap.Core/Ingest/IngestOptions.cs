using HealthGap.Core.Configuration;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;

namespace HealthGap.Core.Ingest;

/// <summary>What one <see cref="Ingestor.Run"/> reads, where it writes, and with which key.</summary>
/// <param name="SourceDirectory">Folder holding the extracts (CSV files, and/or FHIR NDJSON/Bundles).</param>
/// <param name="StorePath">The DuckDB store file (created if missing).</param>
/// <param name="Key">The pseudonymisation key.</param>
public sealed record IngestOptions(string SourceDirectory, string StorePath, PseudonymisationKey Key)
{
    /// <summary>Reference data (IMD, geography); loaded from <see cref="Paths"/> when null.</summary>
    public ReferenceData? Reference { get; init; }

    /// <summary>Where the code lists (PLUS flag rules, codes that are not NHS numbers) and the reference data are read from.</summary>
    public HealthGapPaths Paths { get; init; } = HealthGapPaths.Shipped;

    /// <summary>"Today" for future-date checks and current services (the ingest day by default).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>DuckDB memory limit, so a large ingest spills to disk instead of growing without bound.</summary>
    public MemoryLimit MemoryLimit { get; init; } = MemoryLimit.Default;

    /// <summary>Test hook: fail after staging, before the merge, to prove a failed batch leaves the store as it was.</summary>
    internal bool FailAfterStaging { get; init; }

    /// <summary>
    /// Test hook for the crash test: when set, the ingest creates this file just before committing and waits
    /// for it to be deleted, so a test can kill the process at the worst moment (<c>HEALTHGAP_INGEST_HOLD_BEFORE_COMMIT</c>).
    /// </summary>
    public string? HoldBeforeCommit { get; init; }
}
