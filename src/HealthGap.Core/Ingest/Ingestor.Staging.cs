using System.Text.Json;
using DuckDB.NET.Data;
using HealthGap.Core.Privacy;
using HealthGap.Core.Store;

namespace HealthGap.Core.Ingest;

/// <summary>Reading files into staging, and the batch summary.</summary>
public sealed partial class Ingestor
{
    private IReadOnlyList<(FeedDefinition Feed, FeedCounters Counters)> ReadFile(IngestState state, SourceFile file, int fileId)
    {
        var start = _bytesDone;
        var startRecords = _recordsDone;
        void Progress(long bytes, long records)
        {
            _bytesDone = start + bytes;
            _recordsDone = startRecords + records;
            Report(file.Name);
        }

        if (file.Feed is { } feed)
        {
            var processor = new FeedProcessor(state, feed, fileId);
            CsvFeedReader.Read(file.Path, feed, processor, Progress);
            return [(feed, processor.Counters)];
        }

        var fhir = new FhirFeedReader(state, fileId);
        fhir.Read(file.Path, Progress);
        return fhir.Processors.Select(p => (p.Key, p.Value.Counters)).ToArray();
    }

    private void Report(string stage) =>
        _progress?.Report(new IngestProgress(stage, _bytesDone, _bytesTotal, _recordsDone));

    private static void WriteFileList(
        BatchWriter writer, List<(SourceFile File, int FileId, IReadOnlyList<(FeedDefinition Feed, FeedCounters Counters)> Feeds)> results, string? syntheticTruthSha256)
    {
        foreach (var (file, fileId, feeds) in results)
        {
            writer.For("stg_file").CreateRow().AppendValue(fileId).AppendValue(file.Name)
                .AppendValue(string.Join("+", feeds.Select(f => f.Feed.Name))).AppendValue(file.Sha256)
                .AppendValue(feeds.Sum(f => f.Counters.Read)).EndRow();
        }

        // Not an extract (no rows, no file id of its own): the record that this batch's people are invented.
        if (syntheticTruthSha256 is not null)
        {
            writer.For("stg_file").CreateRow().AppendValue(-1).AppendValue(SyntheticMarker.FileName)
                .AppendValue(SyntheticMarker.Feed).AppendValue(syntheticTruthSha256).AppendValue(0L).EndRow();
        }
    }

    private static void StageOptOuts(BatchWriter writer, OptOutRegister optOuts)
    {
        foreach (var id in optOuts.PersonIds)
        {
            writer.For("stg_opted_out").CreateRow().AppendValue(id).EndRow();
        }
    }

    private IngestSummary Summarise(
        DuckDBConnection connection, string batchId,
        List<(SourceFile File, int FileId, IReadOnlyList<(FeedDefinition Feed, FeedCounters Counters)> Feeds)> results,
        OptOutRegister optOuts, IReadOnlyList<string> alreadyLoaded)
    {
        // Duplicates and collisions SQL found were counted as staged and linked while reading: take them off.
        var removedByFile = Sql.Query(connection,
            "SELECT file_id, line FROM stg_quarantine WHERE reason IN ('duplicate', 'pseudonym_collision')",
            r => (r.GetInt32(0), r.GetInt64(1))).ToLookup(x => x.Item1, x => x.Item2);
        var byReason = Sql.Query(connection, "SELECT reason, count(*) FROM stg_quarantine GROUP BY reason",
            r => (r.GetString(0), r.GetInt64(1))).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        var files = new List<FeedSummary>();
        foreach (var (file, fileId, feeds) in results)
        {
            var removedLines = removedByFile[fileId].ToArray();
            foreach (var (feed, c) in feeds)
            {
                // SQL-found duplicates are charged to the file's first (usually only) feed.
                var first = feed == feeds[0].Feed;
                var less = first ? removedLines.Length : 0;
                var lessFallback = first ? removedLines.Count(c.FallbackLines.Contains) : 0;
                var linkable = feed.Shape is not (FeedShape.Practices or FeedShape.OptOuts or FeedShape.Registrations);
                files.Add(new FeedSummary(file.Name, feed.Name, c.Read, c.Staged - less, c.Quarantined + less, c.OptedOut,
                    linkable ? c.LinkedByNhsNumber - (less - lessFallback) : 0, linkable ? c.LinkedByFallback - lessFallback : 0,
                    linkable ? c.LinkedByNhsNumber + c.LinkedByFallback + c.NotLinked - less : 0));
            }
        }

        if (!optOuts.Supplied)
        {
            _warnings.Add("no opt_outs.csv in this batch: the national data opt-out could not be applied to it. Include the current list with every delivery.");
        }

        return new IngestSummary
        {
            BatchId = batchId,
            Files = files,
            AlreadyLoaded = alreadyLoaded,
            QuarantinedByReason = byReason,
            OptedOutPeople = optOuts.Matched,
            OptedOutRecords = optOuts.RowsExcluded,
            OptOutListSize = optOuts.Count,
            Warnings = _warnings,
            Duration = _clock.Elapsed,
        };
    }

    private static string FilesJson(List<(SourceFile File, int FileId, IReadOnlyList<(FeedDefinition Feed, FeedCounters Counters)> Feeds)> results) =>
        JsonSerializer.Serialize(results.Select(r => new Dictionary<string, object>
        {
            ["name"] = r.File.Name,
            ["sha256"] = r.File.Sha256,
            ["rows"] = r.Feeds.Sum(f => f.Counters.Read),
        }));
}
