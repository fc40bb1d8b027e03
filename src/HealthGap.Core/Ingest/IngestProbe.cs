using DuckDB.NET.Data;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Reads extract files through the real ingest path — the CSV and FHIR readers, field checks, pseudonymisation,
/// opt-out and linkage, the staging writer — into staging tables of one in-memory DuckDB database, and says what
/// happened to every record. Each file read is a file of its own (its own file id and counters), and files read
/// earlier are the context of later ones (a registration read first lets an activity row link). It is for
/// testing ingest from outside Core (the fuzzing harness of <c>healthgap bench fuzz</c>) without opening Core's
/// internals: it does not run the set-based merge into a store (duplicates across files, upserts), which needs a
/// real store, and a person's data never leaves it (only counts do).
/// </summary>
public sealed class IngestProbe : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly BatchWriter _writer;
    private readonly Pseudonymiser _pseudonymiser;
    private readonly IngestState _state;
    private readonly string _directory;
    private int _nextFileId;

    /// <summary>Opens an empty in-memory staging database.</summary>
    /// <param name="reference">The LSOAs every area code is checked against.</param>
    /// <param name="key">The pseudonymisation key (synthetic data only: nothing is kept).</param>
    /// <param name="scratchDirectory">An existing folder the readers read each file from (they take paths).</param>
    public IngestProbe(ReferenceData reference, PseudonymisationKey key, string scratchDirectory)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _directory = scratchDirectory;
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        Sql.Execute(_connection, StagingTables.Create);
        _writer = new BatchWriter(_connection);
        _pseudonymiser = new Pseudonymiser(key);
        var optOuts = new OptOutRegister { Supplied = true };
        var known = new KnownCodes(reference.Lsoas.Select(l => l.Code), []);
        _state = new IngestState(new PersonResolver(_pseudonymiser, optOuts, []), optOuts, new LinkageIndex(),
            new RowValidator(known, DateOnly.FromDateTime(DateTime.UtcNow)), known, _writer);
    }

    /// <summary>The CSV file names ingest reads, in reading order (<c>docs/extracts.md</c>).</summary>
    public static IReadOnlyList<string> CsvFileNames { get; } = FeedCatalogue.All.Select(f => f.FileName).ToArray();

    /// <summary>The CSV files other records link to (practices, opt-outs, registrations): read these first.</summary>
    public static IReadOnlyList<string> LinkageFileNames { get; } = FeedCatalogue.All
        .Where(f => f.Shape is FeedShape.Practices or FeedShape.OptOuts or FeedShape.Registrations)
        .Select(f => f.FileName).ToArray();

    /// <summary>Files read so far; the next file read gets this number as its file id.</summary>
    public int FilesRead => _nextFileId;

    /// <summary>
    /// Reads one file: as the CSV feed of that name when <paramref name="fileName"/> is one of
    /// <see cref="CsvFileNames"/>, else as FHIR (NDJSON, or a Bundle <c>*.json</c>). A file ingest refuses
    /// whole (a missing column) comes back with <see cref="IngestProbeResult.Refusal"/> set; any other
    /// exception is a bug in ingest and is not caught.
    /// </summary>
    public IngestProbeResult Read(string fileName, ReadOnlySpan<byte> content)
    {
        var fileId = _nextFileId++;
        var path = Path.Combine(_directory, fileName);
        File.WriteAllBytes(path, content);
        IEnumerable<KeyValuePair<FeedDefinition, FeedProcessor>> processors;
        try
        {
            var feed = FeedCatalogue.All.FirstOrDefault(f => f.FileName == fileName);
            if (feed is not null)
            {
                var processor = new FeedProcessor(_state, feed, fileId);
                CsvFeedReader.Read(path, feed, processor, static (_, _) => { });
                processors = [new(feed, processor)];
            }
            else
            {
                var reader = new FhirFeedReader(_state, fileId);
                reader.Read(path, static (_, _) => { });
                processors = reader.Processors;
            }
        }
        catch (IngestException ex) when (ex.InnerException is null)
        {
            return new IngestProbeResult(fileId, ex.Message, []);
        }

        return new IngestProbeResult(fileId, null, processors
            .Select(p => new IngestProbeFeed(p.Key.Name, p.Value.Counters.Read, p.Value.Counters.Staged, p.Value.Counters.Quarantined, p.Value.Counters.OptedOut))
            .ToArray());
    }

    /// <summary>
    /// Hands everything staged to DuckDB and returns the quarantine rows written per file id (files with none
    /// are left out). Throws what DuckDB throws when it refuses a staged row.
    /// </summary>
    public IReadOnlyDictionary<int, long> Flush()
    {
        _writer.Flush();
        return Sql.Query(_connection, "SELECT file_id, count(*) FROM stg_quarantine GROUP BY file_id", r => (r.GetInt32(0), r.GetInt64(1)))
            .ToDictionary(x => x.Item1, x => x.Item2);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _writer.Dispose();
        _pseudonymiser.Dispose();
        _connection.Dispose();
    }
}
