using HealthGap.Core.Store;

namespace HealthGap.Core.Ingest;

/// <summary>
/// The ingest's public entry point, called alike by <c>healthgap ingest</c>, <c>healthgap demo</c>, the web
/// app and a cluster node: typed options in, an <see cref="IngestSummary"/> out, progress through an
/// <see cref="IProgress{T}"/>; it writes nothing to a console. It reads every extract of a folder, validates
/// and quarantines, pseudonymises at the door, drops national data opt-outs, links people and loads the
/// DuckDB store in one transaction, so a batch lands whole or not at all. It is the only code that ever
/// sees an NHS number, and it never writes one anywhere. It does not compute indicators (the engine does).
/// </summary>
public static class Ingestor
{
    /// <summary>Loads one batch of extracts into the store and returns what happened to every record.</summary>
    /// <param name="options">What to read, where to write it, with which key.</param>
    /// <param name="progress">Told the stage, bytes and records read every few thousand records; may be null.</param>
    /// <exception cref="StoreException">The store file cannot be written (a folder, not a database, in use).</exception>
    /// <exception cref="IngestException">The batch was refused or failed; the store is as it was before it.</exception>
    public static IngestSummary Run(IngestOptions options, IProgress<IngestProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        StoreFile.CheckWritable(options.StorePath);
        return new IngestBatch(options, progress).Run();
    }
}
