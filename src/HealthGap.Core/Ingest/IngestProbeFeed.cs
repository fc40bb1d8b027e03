namespace HealthGap.Core.Ingest;

/// <summary>What happened to the records of one feed of one file: every record read is accepted, quarantined or opted out.</summary>
/// <param name="Feed">The feed's name (the CSV file name without <c>.csv</c>).</param>
/// <param name="Read">Records read.</param>
/// <param name="Accepted">Records that passed every check and were staged.</param>
/// <param name="Quarantined">Records quarantined (one quarantine row each).</param>
/// <param name="OptedOut">Records of people who opted out, dropped before staging.</param>
public sealed record IngestProbeFeed(string Feed, long Read, long Accepted, long Quarantined, long OptedOut);
