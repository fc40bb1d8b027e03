namespace HealthGap.Core.Ingest;

/// <summary>What <see cref="IngestProbe.Read"/> did with one file.</summary>
/// <param name="FileId">The file's id (the <c>file_id</c> of its staging and quarantine rows).</param>
/// <param name="Refusal">Why ingest refused the whole file (the message a user would see), or null when it was read.</param>
/// <param name="Feeds">The records of each feed the file went to (one for a CSV; one per resource type for FHIR).</param>
public sealed record IngestProbeResult(int FileId, string? Refusal, IReadOnlyList<IngestProbeFeed> Feeds);

