using Sylvan.Data.Csv;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Streams one CSV extract through a <see cref="FeedProcessor"/> with Sylvan's reader: one record in
/// memory at a time. Columns are matched by header name; a missing column rejects the whole file.
/// </summary>
internal static class CsvFeedReader
{
    private const int ProgressEvery = 1 << 16;

    /// <summary>Reads <paramref name="path"/>; <paramref name="progress"/> gets the bytes read so far in this file.</summary>
    public static void Read(string path, FeedDefinition feed, FeedProcessor processor, Action<long, long> progress)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var text = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        using var csv = Open(path, text);
        var ordinals = MapColumns(path, feed, csv);
        var row = new CsvSourceRow(csv, ordinals);
        var headerCount = csv.FieldCount;
        long records = 0;
        while (ReadNext(csv, path, processor, records + 2))
        {
            // Physical line: the header is line 1 (quoted fields with line breaks are rare in these extracts).
            row.Line = records + 2;
            records++;
            if (csv.RowFieldCount != headerCount)
            {
                processor.Malformed(row.Line, $"the line has {csv.RowFieldCount} fields; the header has {headerCount}.");
            }
            else
            {
                processor.Process(row);
            }

            if (records % ProgressEvery == 0)
            {
                progress(stream.Position, records);
            }
        }

        progress(stream.Length, records);
    }

    private static CsvDataReader Open(string path, TextReader text)
    {
        try
        {
            return CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', BufferSize = 1 << 17 });
        }
        catch (CsvFormatException ex)
        {
            throw new IngestException($"{Path.GetFileName(path)}: the header line could not be read as CSV ({ex.GetType().Name}); the file is empty or its quoting is broken.");
        }
    }

    // Sylvan cannot go on after broken quoting or an over-long record, so the rest of the file becomes one
    // quarantined record (counted as read) instead of a crash that would fail the whole batch.
    private static bool ReadNext(CsvDataReader csv, string path, FeedProcessor processor, long line)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException ex)
        {
            var why = ex is CsvRecordTooLargeException ? "a record is longer than ingest reads (about 128,000 characters)" : "a quoted field is not closed properly";
            processor.Malformed(line, $"{Path.GetFileName(path)} line {line}: {why}; the file could not be read past this point ({ex.GetType().Name}).");
            return false;
        }
    }

    private static int[] MapColumns(string path, FeedDefinition feed, CsvDataReader csv)
    {
        var ordinals = new int[feed.Fields.Count];
        var missing = new List<string>();
        for (var i = 0; i < feed.Fields.Count; i++)
        {
            ordinals[i] = -1;
            for (var c = 0; c < csv.FieldCount; c++)
            {
                if (string.Equals(csv.GetName(c).Trim(), feed.Fields[i].Column, StringComparison.OrdinalIgnoreCase))
                {
                    ordinals[i] = c;
                    break;
                }
            }

            if (ordinals[i] < 0)
            {
                missing.Add(feed.Fields[i].Column);
            }
        }

        if (missing.Count > 0)
        {
            throw new IngestException(
                $"{Path.GetFileName(path)} has no column {string.Join(", ", missing)}. Its header must name the columns of {feed.FileName} in docs/extracts.md: {string.Join(",", feed.Fields.Select(f => f.Column))}.");
        }

        return ordinals;
    }

    private sealed class CsvSourceRow(CsvDataReader csv, int[] ordinals) : ISourceRow
    {
        public long Line { get; set; }

        public ReadOnlySpan<char> Field(int index) => csv.GetFieldSpan(ordinals[index]);
    }
}
