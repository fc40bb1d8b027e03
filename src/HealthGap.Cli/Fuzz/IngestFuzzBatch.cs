using DuckDB.NET.Data;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;

namespace HealthGap.Cli.Fuzz;

/// <summary>
/// Reads fuzz inputs through the real ingest path — the CSV and FHIR readers, field checks, pseudonymisation,
/// opt-out and linkage, the staging writer — against one in-memory DuckDB connection shared by a batch of
/// inputs (a store per input would be far too slow for a million). Each input is a file of its own (its own
/// file id and counters). It checks what ingest promises: no exception but the documented
/// <see cref="IngestException"/> for a refused file, and every record accounted for (read = accepted +
/// quarantined + opted out), down to one quarantine row written per record counted as quarantined.
/// It does not run the set-based merge (duplicates across files, upserts), which needs a real store.
/// </summary>
internal sealed class IngestFuzzBatch : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly BatchWriter _writer;
    private readonly Pseudonymiser _pseudonymiser;
    private readonly IngestState _state;
    private readonly string _directory;
    private readonly Dictionary<int, long> _quarantinedByFile = [];
    private int _nextFileId;

    public IngestFuzzBatch(ReferenceData reference, PseudonymisationKey key, IReadOnlyList<FuzzSeed> context, string directory)
    {
        _directory = directory;
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        Sql.Execute(_connection, StagingTables.Create);
        _writer = new BatchWriter(_connection);
        _pseudonymiser = new Pseudonymiser(key);
        var optOuts = new OptOutRegister { Supplied = true };
        var known = new KnownCodes(reference.Lsoas.Select(l => l.Code), []);
        _state = new IngestState(new PersonResolver(_pseudonymiser, optOuts, []), optOuts, new LinkageIndex(),
            new RowValidator(known, DateOnly.FromDateTime(DateTime.UtcNow)), known, _writer);
        foreach (var seed in context)
        {
            if (Run(seed, seed.Content) is { } problem)
            {
                throw new InvalidOperationException($"the clean fuzz context {seed.FileName} failed: {problem}");
            }
        }
    }

    /// <summary>Inputs read into this batch.</summary>
    public int Count => _nextFileId;

    /// <summary>Reads one input; returns null when ingest behaved as documented, else what went wrong.</summary>
    public FuzzProblem? Run(FuzzSeed seed, byte[] content)
    {
        var fileId = _nextFileId++;
        var path = Path.Combine(_directory, seed.FileName);
        File.WriteAllBytes(path, content);
        IReadOnlyList<FeedCounters> counters;
        try
        {
            if (seed.Kind == FuzzTargetKind.Csv)
            {
                var processor = new FeedProcessor(_state, seed.Feed!, fileId);
                CsvFeedReader.Read(path, seed.Feed!, processor, static (_, _) => { });
                counters = [processor.Counters];
            }
            else
            {
                var reader = new FhirFeedReader(_state, fileId);
                reader.Read(path, static (_, _) => { });
                counters = reader.Processors.Values.Select(p => p.Counters).ToArray();
            }
        }
        catch (IngestException ex) when (ex.InnerException is null)
        {
            // The documented refusal of a whole file (a missing column): ingest stops with a message, no crash.
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new FuzzProblem(FuzzProblemKind.Crash, ex.ToString());
        }

        _quarantinedByFile[fileId] = counters.Sum(c => c.Quarantined);
        foreach (var c in counters)
        {
            if (c.Read != c.Staged + c.Quarantined + c.OptedOut)
            {
                return new FuzzProblem(FuzzProblemKind.AccountingMismatch,
                    $"read {c.Read} ≠ accepted {c.Staged} + quarantined {c.Quarantined} + opted out {c.OptedOut}");
            }
        }

        if (seed.FileName.EndsWith(".ndjson", StringComparison.Ordinal))
        {
            // Every non-blank NDJSON line is at least one record (a Patient may be several registration rows).
            var lines = CountNonBlankLines(path);
            if (counters.Sum(c => c.Read) < lines)
            {
                return new FuzzProblem(FuzzProblemKind.AccountingMismatch, $"{lines} non-blank lines but only {counters.Sum(c => c.Read)} records read");
            }
        }

        return null;
    }

    /// <summary>
    /// Hands everything to DuckDB and compares the quarantine rows written per input with its counters.
    /// Returns the file ids whose quarantine rows differ, or throws what DuckDB threw.
    /// </summary>
    public IReadOnlyList<(int FileId, string Detail)> Finish()
    {
        _writer.Flush();
        var written = Sql.Query(_connection, "SELECT file_id, count(*) FROM stg_quarantine GROUP BY file_id", r => (r.GetInt32(0), r.GetInt64(1)))
            .ToDictionary(x => x.Item1, x => x.Item2);
        return _quarantinedByFile
            .Where(f => f.Value != written.GetValueOrDefault(f.Key))
            .Select(f => (f.Key, $"counted {f.Value} quarantined but wrote {written.GetValueOrDefault(f.Key)} quarantine rows"))
            .ToArray();
    }

    private static long CountNonBlankLines(string path) => File.ReadLines(path).LongCount(l => !string.IsNullOrWhiteSpace(l));

    public void Dispose()
    {
        _writer.Dispose();
        _pseudonymiser.Dispose();
        _connection.Dispose();
    }
}
