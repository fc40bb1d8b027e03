using System.Buffers;
using System.Collections.Concurrent;
using DuckDB.NET.Data;

namespace HealthGap.Core.Store;

/// <summary>
/// Bulk-loads one batch through DuckDB appenders with a second thread, so that DuckDB's share of the work
/// overlaps with parsing and checking the next records on the reading thread.
/// <list type="bullet">
/// <item>Temporary staging tables (<see cref="For"/>): rows are recorded as <see cref="StagedRows"/> slots and
/// handed over in blocks through a bounded queue (memory stays flat); this thread appends them.</item>
/// <item>Tables of the store itself (<see cref="ForStore"/>, events on a first load): the reading thread
/// appends values straight to an appender (cheap: they stay in the appender), and after every
/// <see cref="RowGroupSize"/> rows hands the appender, one full row group, to this thread, which closes it
/// — DuckDB then compresses and writes the row group, the dearest step, while the reader goes on with a
/// fresh appender. DuckDB serialises the connection-level steps (opening an appender, closing one) under
/// its own lock.</item>
/// </list>
/// Handing DuckDB whole row groups matters: an appender left open hands its rows over in lumps that are not
/// whole row groups, and (with insertion order not preserved, as the ingest sets it) the checkpoint at commit
/// then rewrote most of the blocks the batch had already written — 42 of 51 blocks for 1M event-like rows,
/// 62 of the 246 s of a full-scale first load. <c>BatchWriterTests</c> checks the checkpoint keeps every block.
/// <see cref="Flush"/> waits for the queue to drain and closes every appender so set-based SQL can see
/// what was appended.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    /// <summary>DuckDB's rows per row group (its default, which HealthGap does not change).</summary>
    public const int RowGroupSize = 122_880;

    private readonly DuckDBConnection _connection;
    private readonly Dictionary<string, StagedRows> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoreRows> _storeTables = new(StringComparer.Ordinal);
    private readonly Dictionary<StagedRows, DuckDBAppender> _appenders = [];
    private readonly BlockingCollection<Work> _queue = new(boundedCapacity: 8);
    private readonly Thread _appending;
    private Exception? _failure;

    public BatchWriter(DuckDBConnection connection)
    {
        _connection = connection;
        _appending = new Thread(Append) { IsBackground = true, Name = "healthgap-ingest-appender" };
        _appending.Start();
    }

    /// <summary>Rows for a temporary staging table.</summary>
    public StagedRows For(string table)
    {
        if (!_tables.TryGetValue(table, out var rows))
        {
            rows = new StagedRows(this, table);
            _tables[table] = rows;
        }

        return rows;
    }

    /// <summary>Rows for a table of the store itself (they land in the batch's transaction).</summary>
    public StoreRows ForStore(string table)
    {
        if (!_storeTables.TryGetValue(table, out var rows))
        {
            rows = new StoreRows(this, _connection, table);
            _storeTables[table] = rows;
        }

        return rows;
    }

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

        foreach (var rows in _storeTables.Values)
        {
            rows.Hand();
        }

        _queue.CompleteAdding();
        _appending.Join();
        ThrowIfFailed();
        foreach (var appender in _appenders.Values)
        {
            appender.Close();
            appender.Dispose();
        }

        _appenders.Clear();
    }

    /// <summary>Called by <see cref="StagedRows"/> with a full block.</summary>
    internal void Post(StagedRows rows, Slot[] slots, int count) => Enqueue(new Work(rows, slots, count, null));

    /// <summary>Called by <see cref="StoreRows"/> with an appender holding a full row group (or the batch's last rows).</summary>
    internal void PostClose(DuckDBAppender appender) => Enqueue(new Work(null, null, 0, appender));

    private void Enqueue(Work work)
    {
        ThrowIfFailed();
        _queue.Add(work);
    }

    // A failure on the writer's thread surfaces on the reading thread at its next hand-over or at Flush.
    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new StoreException("appending to the store failed: " + _failure.Message, _failure);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        _appending.Join();
        foreach (var rows in _storeTables.Values)
        {
            rows.Abandon();
        }

        foreach (var appender in _appenders.Values)
        {
            appender.Dispose();
        }

        _appenders.Clear();
        _queue.Dispose();
    }

    private void Append()
    {
        foreach (var (rows, slots, count, toClose) in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (toClose is not null)
                {
                    using (toClose)
                    {
                        if (_failure is null)
                        {
                            toClose.Close();
                        }
                    }
                }
                else if (_failure is null)
                {
                    Append(rows!, slots.AsSpan(0, count));
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
                if (slots is not null)
                {
                    ArrayPool<Slot>.Shared.Return(slots, clearArray: true);
                }
            }
        }
    }

    private void Append(StagedRows rows, ReadOnlySpan<Slot> slots)
    {
        if (!_appenders.TryGetValue(rows, out var appender))
        {
            appender = _connection.CreateAppender("temp", "main", rows.Table);
            _appenders[rows] = appender;
        }

        IDuckDBAppenderRow? row = null;
        foreach (var slot in slots)
        {
            if (slot.Kind == SlotKind.EndRow)
            {
                (row ?? appender.CreateRow()).EndRow();
                row = null;
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

    /// <summary>One item for the writer's thread: a block of staged slots, or a store appender to close.</summary>
    private readonly record struct Work(StagedRows? Rows, Slot[]? Slots, int Count, DuckDBAppender? ToClose);
}
