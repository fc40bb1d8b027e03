using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;

namespace HealthGap.Core.Ingest;

/// <summary>
/// <c>healthgap ingest</c>: the only code that ever sees an NHS number. Reads every extract of a folder,
/// validates and quarantines, pseudonymises at the door, drops national data opt-outs, links people and
/// loads the DuckDB store — in one transaction, so a batch lands whole or not at all. It does not compute
/// indicators (the engine does) and never writes an NHS number anywhere.
/// </summary>
internal sealed partial class Ingestor(IngestOptions options)
{
    private readonly Stopwatch _clock = new();
    private readonly List<string> _warnings = [];
    private readonly List<PhaseTiming> _timings = [];
    private readonly Lazy<CodelistLibrary> _codelists = new(() => CodelistLibrary.Load(options.Paths.CodelistsDir));
    private long _bytesDone;
    private long _bytesTotal;
    private long _recordsDone;

    /// <summary>Runs the ingest and returns its summary.</summary>
    public IngestSummary Run()
    {
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
        var state = LoadState(connection, reference, optOuts, pseudonymiser) with { DirectEvents = directEvents };

        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, StagingTables.Create);
        ReferenceTables.EnsureLoaded(connection, reference);
        var results = new List<(SourceFile File, int FileId, IReadOnlyList<(FeedDefinition Feed, FeedCounters Counters)> Feeds)>();
        using (var writer = new BatchWriter(connection))
        {
            state = state with { Writer = writer };
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
        foreach (var id in Sql.Query(connection, "SELECT person_id FROM person WHERE person_id IN (SELECT person_id FROM stg_opted_out)", r => r.GetInt64(0)))
        {
            optOuts.MatchedInStore(id);
        }

        merge.RemoveOptedOut();
        _warnings.AddRange(merge.LoadFlagRules(_codelists.Value).Select(s => "PLUS flag rule skipped: " + s));
        PhaseTiming.Measure(_timings, "merge: upsert", merge.Upsert);
        PhaseTiming.Measure(_timings, "merge: rebuild people", merge.RebuildPeople);
        var summary = Summarise(connection, batchId, results, state, optOuts, alreadyLoaded);
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

    private IngestState LoadState(DuckDBConnection connection, ReferenceData reference, OptOutRegister optOuts, Pseudonymiser pseudonymiser)
    {
        var registered = Sql.Query(connection, "SELECT person_id FROM person", r => r.GetInt64(0));
        var linkage = new LinkageIndex();
        foreach (var (key, person) in Sql.Query(connection, "SELECT DISTINCT linkage_key, person_id FROM person_residence WHERE linkage_key IS NOT NULL", r => (r.GetInt64(0), r.GetInt64(1))))
        {
            linkage.Add(key, person);
        }

        var known = new KnownCodes(reference.Lsoas.Select(l => l.Code), Sql.Query(connection, "SELECT practice_code FROM ref_practice", r => r.GetString(0)),
            _codelists.Value.TenDigitCodes());
        var resolver = new PersonResolver(pseudonymiser, optOuts, registered);
        // About one record per 40 bytes of extract: sizes the duplicate filter for the batch.
        return new IngestState(resolver, optOuts, linkage, new RowValidator(known, options.Today), known, null!) { SeenKeys = new RecordKeyFilter(_bytesTotal / 40) };
    }
}
