using System.Buffers;
using System.Collections.Concurrent;
using DuckDB.NET.Data;

namespace HealthGap.Core.Store;

/// <summary>
/// Bulk-loads one batch through DuckDB appenders (one per table, opened on first use) on a thread of its
/// own, so that DuckDB's appending — about half the cost of reading — overlaps with parsing and checking
/// the next records on the reading thread. Rows are recorded per table as <see cref="StagedRows"/> and
/// handed over in blocks through a bounded queue (memory stays flat). <see cref="Flush"/> waits for the
/// queue to drain and closes the appenders so set-based SQL can read what was appended. While a batch is
/// being read, only this thread touches the connection.
/// <para>
/// Appenders to tables of the store itself are closed and reopened after every <see cref="RowGroupSize"/>
/// rows, so each hands DuckDB exactly one full row group at a time. Left open, an appender hands its rows
/// over in lumps that are not whole row groups, and (with insertion order not preserved, as the ingest sets
/// it) the checkpoint at commit rewrote most of the blocks the batch had already written: 42 of 51 blocks
/// for 1M event-like rows, and 62 of the 246 s of a full-scale first load. <c>BatchWriterTests</c> checks that
/// the checkpoint keeps every block.
/// </para>
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly Dictionary<string, StagedRows> _tables = new(StringComparer.Ordinal);
    /// <summary>DuckDB's rows per row group (its default, which HealthGap does not change).</summary>
    public const int RowGroupSize = 122_880;

    private readonly Dictionary<StagedRows, DuckDBAppender> _appenders = [];
    private readonly Dictionary<StagedRows, long> _rowsAppended = [];
    private readonly BlockingCollection<(StagedRows Rows, Slot[] Slots, int Count)> _queue = new(boundedCapacity: 8);
    private readonly Thread _appending;
    private Exception? _failure;

    public BatchWriter(DuckDBConnection connection)
    {
        _connection = connection;
        _appending = new Thread(Append) { IsBackground = true, Name = "healthgap-ingest-appender" };
        _appending.Start();
    }

    /// <summary>Rows for a temporary staging table.</summary>
    public StagedRows For(string table) => Rows(table, inStore: false);

    /// <summary>Rows for a table of the store itself (they land in the batch's transaction).</summary>
    public StagedRows ForStore(string table) => Rows(table, inStore: true);

    /// <summary>Writes a quarantine row.</summary>
    public void Quarantine(int fileId, long line, string field, string valueMasked, string reason, string detail) =>
        For("stg_quarantine").CreateRow()
            .AppendValue(fileId).AppendValue(line).AppendValue(field).AppendValue(valueMasked)
            .AppendValue(reason).AppendValue(detail).EndRow();

    /// <summary>Appends everything recorded and closes every appender so what was appended is visible to SQL.</summary>
    public void Flush()
    {
        foreach (var rows in _tables.Values)
        {
            rows.Hand();
        }

        _queue.CompleteAdding();
        _appending.Join();
        if (_failure is not null)
        {
            throw new Ingest.IngestException("appending to the store failed: " + _failure.Message, _failure);
        }

        foreach (var appender in _appenders.Values)
        {
            appender.Close();
            appender.Dispose();
        }

        _appenders.Clear();
    }

    /// <summary>Called by <see cref="StagedRows"/> with a full block.</summary>
    internal void Post(StagedRows rows, Slot[] slots, int count)
    {
        if (_failure is not null)
        {
            throw new Ingest.IngestException("appending to the store failed: " + _failure.Message, _failure);
        }

        _queue.Add((rows, slots, count));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        _appending.Join();
        foreach (var appender in _appenders.Values)
        {
            appender.Dispose();
        }

        _appenders.Clear();
        _queue.Dispose();
    }

    private StagedRows Rows(string table, bool inStore)
    {
        var name = (inStore ? "store." : "temp.") + table;
        if (!_tables.TryGetValue(name, out var rows))
        {
            rows = new StagedRows(this, table, inStore);
            _tables[name] = rows;
        }

        return rows;
    }

    private void Append()
    {
        foreach (var (rows, slots, count) in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null)
                {
                    Append(rows, slots.AsSpan(0, count));
                }
            }
#pragma warning disable CA1031 // any failure is handed to the reading thread, which reports it
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _failure = ex;
            }
            finally
            {
                ArrayPool<Slot>.Shared.Return(slots, clearArray: true);
            }
        }
    }

    private void Append(StagedRows rows, ReadOnlySpan<Slot> slots)
    {
        if (!_appenders.TryGetValue(rows, out var appender))
        {
            appender = rows.InStore ? _connection.CreateAppender(rows.Table) : _connection.CreateAppender("temp", "main", rows.Table);
            _appenders[rows] = appender;
        }

        IDuckDBAppenderRow? row = null;
        foreach (var slot in slots)
        {
            if (slot.Kind == SlotKind.EndRow)
            {
                (row ?? appender.CreateRow()).EndRow();
                row = null;
                if (rows.InStore && (_rowsAppended[rows] = _rowsAppended.GetValueOrDefault(rows) + 1) % RowGroupSize == 0)
                {
                    appender = HandOverRowGroup(rows, appender);
                }

                continue;
            }

            row ??= appender.CreateRow();
            row = slot.Kind switch
            {
                SlotKind.Long => row.AppendValue(slot.Number),
                SlotKind.Int => row.AppendValue((int)slot.Number),
                SlotKind.Bool => row.AppendValue(slot.Number != 0),
                SlotKind.Double => row.AppendValue(slot.Real),
                SlotKind.Date => row.AppendValue((DateOnly?)DateOnly.FromDayNumber((int)slot.Number)),
                SlotKind.Text => row.AppendValue(slot.Text),
                _ => row.AppendNullValue(),
            };
        }
    }

    private DuckDBAppender HandOverRowGroup(StagedRows rows, DuckDBAppender appender)
    {
        appender.Close();
        appender.Dispose();
        var next = _connection.CreateAppender(rows.Table);
        _appenders[rows] = next;
        return next;
    }
}
