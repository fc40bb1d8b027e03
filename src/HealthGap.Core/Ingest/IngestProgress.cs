namespace HealthGap.Core.Ingest;

/// <summary>Progress of an ingest, reported every few thousand records.</summary>
/// <param name="Stage">What is happening, e.g. "gp_events.csv" or "merging".</param>
/// <param name="BytesDone">Bytes of source files read so far (all files).</param>
/// <param name="BytesTotal">Bytes of all source files.</param>
/// <param name="Records">Records read so far.</param>
public sealed record IngestProgress(string Stage, long BytesDone, long BytesTotal, long Records);
