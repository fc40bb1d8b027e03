using Sylvan.Data.Csv;

namespace HealthGap.Core.Ingest;

/// <summary>
/// Streams one CSV extract through a <see cref="FeedProcessor"/> with Sylvan's reader: one record in
/// memory at a time. Columns are matched by header name; a missing column rejects the whole file, and so
/// does a file that cannot be read as CSV at all (empty, a quote never closed, a record over 1 MB): the
/// batch stops with the file, line and field, and nothing of it is kept.
/// </summary>
internal static class CsvFeedReader
{
    private const int ProgressEvery = 1 << 16;

    /// <summary>The longest record read (in characters); no real extract record comes near it.</summary>
    public const int MaxRecordChars = 1 << 20;

    /// <summary>Reads <paramref name="path"/>; <paramref name="progress"/> gets the bytes read so far in this file.</summary>
    public static void Read(string path, FeedDefinition feed, FeedProcessor processor, Action<long, long> progress)
    {
        var name = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var length = stream.Length;
        using var text = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        // Physical line where the next record starts: the header is line 1; a quoted field may span lines.
        long line = 2;
        string[] header = [];
        long records = 0;
        try
        {
            using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                HasHeaders = true,
                Delimiter = ',',
                BufferSize = 1 << 17,
                MaxBufferSize = MaxRecordChars,
            });
            header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
            var ordinals = MapColumns(path, feed, csv);
            var row = new CsvSourceRow(csv, ordinals);
            var raw = new CsvSourceRow(csv, null);
            var headerCount = csv.FieldCount;
            while (csv.Read())
            {
                row.Line = line;
                raw.Line = line;
                var lines = csv.GetRawRecordSpan().Count('\n');
                line += Math.Max(lines, 1);
                records++;
                if (feed.Shape == FeedShape.OptOuts)
                {
                    // Fail closed: every field of the line is searched for NHS numbers, whatever its shape.
                    processor.OptOutLine(row, raw, csv.RowFieldCount);
                }
                else if (csv.RowFieldCount != headerCount)
                {
                    processor.Malformed(raw, csv.RowFieldCount, $"the line has {csv.RowFieldCount} fields; the header has {headerCount}.");
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
        }
        catch (CsvMissingHeadersException)
        {
            throw new IngestException($"{name} is empty: it has no header line. Send the file with its header ({string.Join(",", feed.Fields.Select(f => f.Column))}) or leave it out. Nothing of this batch was kept.");
        }
        catch (CsvRecordTooLargeException)
        {
            throw new IngestException($"{name} line {line}: the record is longer than {MaxRecordChars / 1024} KB, so it cannot be a record of this extract (a quote never closed, or a file that is not CSV). Fix the file and run the batch again; nothing of this batch was kept.");
        }
        catch (CsvFormatException ex)
        {
            throw new IngestException($"{name} line {line}: field {ColumnName(header, ex.FieldOrdinal)} cannot be read as CSV ({ex.Message.TrimEnd('.')}). Fix the file (a quote opened and never closed?) and run the batch again; nothing of this batch was kept.");
        }

        progress(length, records);
    }

    private static string ColumnName(string[] header, int ordinal) =>
        ordinal >= 0 && ordinal < header.Length ? $"{ordinal + 1} ({header[ordinal]})" : (ordinal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

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

    /// <summary>A record's fields in the feed's column order, or (with no ordinals) as they stand in the line.</summary>
    private sealed class CsvSourceRow(CsvDataReader csv, int[]? ordinals) : ISourceRow
    {
        public long Line { get; set; }

        public ReadOnlySpan<char> Field(int index) => csv.GetFieldSpan(ordinals is null ? index : ordinals[index]);
    }
}
