using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;

namespace HealthGap.Core.Ingest;

/// <summary>
/// The ingest, called alike by <c>healthgap ingest</c>, <c>healthgap demo</c>, the web app and a cluster
/// node: typed options in, an <see cref="IngestSummary"/> out, progress through an <see cref="IProgress{T}"/>;
/// it writes nothing to a console. It reads every extract of a folder, validates and quarantines,
/// pseudonymises at the door, drops national data opt-outs, links people and loads the DuckDB store in one
/// transaction, so a batch lands whole or not at all. It is the only code that ever sees an NHS number, and
/// it never writes one anywhere. It does not compute indicators (the engine does). One instance runs one
/// batch: it holds that run's clock, warnings, timings and progress counters.
/// </summary>
/// <param name="options">What to read, where to write it, with which key.</param>
public sealed partial class Ingestor(IngestOptions options)
{
    private readonly Stopwatch _clock = new();
    private readonly List<string> _warnings = [];
    private readonly List<PhaseTiming> _timings = [];
    private readonly Lazy<CodelistLibrary> _codelists = new(() => CodelistLibrary.Load(options.Paths.CodelistsDir));
    private IProgress<IngestProgress>? _progress;
    private bool _started;
    private long _bytesDone;
    private long _bytesTotal;
    private long _recordsDone;

    /// <summary>Loads the batch into the store and returns what happened to every record.</summary>
    /// <param name="progress">Told the stage, bytes and records read every few thousand records; may be null.</param>
    /// <exception cref="StoreException">The store file cannot be written (a folder, not a database, in use).</exception>
    /// <exception cref="IngestException">The batch was refused or failed; the store is as it was before it.</exception>
    /// <exception cref="InvalidOperationException">This instance has already run (make a new one for the next batch).</exception>
    public IngestSummary Run(IProgress<IngestProgress>? progress = null)
    {
        if (_started)
        {
            throw new InvalidOperationException("an Ingestor runs one batch; make a new one for the next.");
        }

        _started = true;
        _progress = progress;
        StoreFile.CheckWritable(options.StorePath);
        try
        {
            return RunBatch();
        }
        catch (DuckDBException ex)
        {
            // The batch's transaction was never committed, so the store is as it was before it.
            throw new IngestException(
                $"the store {options.StorePath} could not take this batch: {ex.Message.Split('\n')[0].Trim().TrimEnd('.')}. " +
                $"Nothing of the batch was kept. If DuckDB ran out of memory, give it more with --memory-limit (now {options.MemoryLimit}).", ex);
        }
    }

    private IngestSummary RunBatch()
    {
        _clock.Start();
        var startedAt = DateTime.UtcNow;
        var files = SourceFile.Discover(options.SourceDirectory, _warnings);
        if (files.Count == 0)
        {
            throw new IngestException($"no extract files in {options.SourceDirectory}. Expected files named as in docs/extracts.md (gp_registrations.csv, gp_events.csv, ...) or FHIR *.ndjson / *.json.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.StorePath))!);
        using var connection = new DuckDBConnection($"Data Source={options.StorePath}");
        connection.Open();
        Sql.Execute(connection, $"{options.MemoryLimit.SetStatement} SET preserve_insertion_order = false;");
        Sql.Execute(connection, StoreSchema.CreateTables);
        CheckKey(connection);
        var loaded = Sql.Query(connection, "SELECT DISTINCT sha256 FROM ingest_file", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        // The opt-out list is never stored, so it is read with every batch that has anything new, even when
        // the same list came with an earlier batch: otherwise its people's new records would get through.
        var anyNew = files.Any(f => !loaded.Contains(f.Sha256));
        var toRead = files.Where(f => !loaded.Contains(f.Sha256) || (anyNew && f.Feed?.Shape == FeedShape.OptOuts)).ToArray();
        var alreadyLoaded = files.Except(toRead).Select(f => f.Name).ToArray();
        if (toRead.Length == 0)
        {
            return new IngestSummary { AlreadyLoaded = alreadyLoaded, Warnings = _warnings, Duration = _clock.Elapsed };
        }

        _bytesTotal = toRead.Sum(f => f.Length);
        var reference = options.Reference ?? ReferenceData.Load(options.Paths.ReferenceDataDir);
        var batchId = startedAt.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3));
        var optOuts = new OptOutRegister { Supplied = toRead.Any(f => f.Feed?.Shape == FeedShape.OptOuts) || alreadyLoaded.Contains("opt_outs.csv") };
        using var pseudonymiser = new Pseudonymiser(options.Key);
        var directEvents = Sql.Scalar(connection, "SELECT count(*) FROM (SELECT 1 FROM event LIMIT 1)") == 0;
        var known = new KnownCodes(reference.Lsoas.Select(l => l.Code), Sql.Query(connection, "SELECT practice_code FROM ref_practice", r => r.GetString(0)),
            _codelists.Value.TenDigitCodes());
        var resolver = new PersonResolver(pseudonymiser, optOuts, Sql.Query(connection, "SELECT person_id FROM person", r => r.GetInt64(0)));
        var linkage = ReadLinkage(connection);

        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, StagingTables.Create);
        ReferenceTables.EnsureLoaded(connection, reference);
        var results = new List<(SourceFile File, int FileId, IReadOnlyList<(FeedDefinition Feed, FeedCounters Counters)> Feeds)>();
        using (var writer = new BatchWriter(connection))
        {
            // About one record per 40 bytes of extract: sizes the duplicate filter for the batch.
            var state = new IngestState(resolver, optOuts, linkage, new RowValidator(known, options.Today), known, writer)
            {
                SeenKeys = new RecordKeyFilter(_bytesTotal / 40),
                DirectEvents = directEvents,
            };
            for (var i = 0; i < toRead.Length; i++)
            {
                var index = i;
                PhaseTiming.Measure(_timings, "read " + toRead[i].Name, () => results.Add((toRead[index], index, ReadFile(state, toRead[index], index))));
            }

            WriteFileList(writer, results, SyntheticMarker.Find(options.SourceDirectory));
            StageOptOuts(writer, optOuts);
            PhaseTiming.Measure(_timings, "flush staging", writer.Flush);
        }

        if (options.FailAfterStaging)
        {
            throw new IngestException("ingest stopped after staging, as asked (test hook); the store was not changed.");
        }

        Report("merging into the store");
        var merge = new StoreMerge(connection, batchId, options.Today) { DirectEvents = directEvents };
        PhaseTiming.Measure(_timings, "merge: duplicates", merge.QuarantineDuplicates);
        merge.QuarantineCollisions();
        foreach (var id in merge.RemoveOptedOut())
        {
            optOuts.MatchedInStore(id);
        }

        merge.LoadFlagCodes(FlagCodes(_codelists.Value));
        PhaseTiming.Measure(_timings, "merge: upsert", merge.Upsert);
        PhaseTiming.Measure(_timings, "merge: rebuild people", merge.RebuildPeople);
        var summary = Summarise(connection, batchId, results, optOuts, alreadyLoaded);
        merge.Record(FilesJson(results), summary.Accepted, summary.Quarantined, summary.OptedOutPeople, summary.OptedOutRecords,
            summary.Linked, (long)_clock.Elapsed.TotalMilliseconds, startedAt, options.Key.Fingerprint);
        HoldForCrashTest();
        PhaseTiming.Measure(_timings, "commit", transaction.Commit);
        return summary with { Duration = _clock.Elapsed, Timings = _timings };
    }

    private void HoldForCrashTest()
    {
        if (options.HoldBeforeCommit is not { } marker)
        {
            return;
        }

        File.WriteAllText(marker, "staged and merged; waiting before commit\n");
        while (File.Exists(marker))
        {
            Thread.Sleep(50);
        }
    }

    private void CheckKey(DuckDBConnection connection)
    {
        var fingerprints = Sql.Query(connection, "SELECT DISTINCT key_fingerprint FROM ingest_batch", r => r.GetString(0));
        if (fingerprints.Count > 0 && !fingerprints.Contains(options.Key.Fingerprint))
        {
            throw new IngestException(
                $"this store was built with a different pseudonymisation key (fingerprint {fingerprints[0]}; the key from {options.Key.Source} has {options.Key.Fingerprint}). " +
                "Pseudonyms under different keys cannot be linked: use the store's key, or a new --store.");
        }
    }

    private static LinkageIndex ReadLinkage(DuckDBConnection connection)
    {
        var linkage = new LinkageIndex();
        foreach (var (key, person) in Sql.Query(connection, "SELECT DISTINCT linkage_key, person_id FROM person_residence WHERE linkage_key IS NOT NULL", r => (r.GetInt64(0), r.GetInt64(1))))
        {
            linkage.Add(key, person);
        }

        return linkage;
    }
}
