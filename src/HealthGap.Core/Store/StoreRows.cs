using DuckDB.NET.Data;

namespace HealthGap.Core.Store;

/// <summary>
/// Rows for a table of the store itself, appended straight to a DuckDB appender on the reading thread.
/// After every <see cref="BatchWriter.RowGroupSize"/> rows the appender, holding exactly one full row group,
/// goes to the <see cref="BatchWriter"/>'s thread to be closed — DuckDB compresses and writes the row group
/// there — and a fresh appender takes the next rows. Mirrors the appender's fluent calls, like
/// <see cref="StagedRows"/>.
/// </summary>
internal sealed class StoreRows
{
    private readonly BatchWriter _writer;
    private readonly DuckDBConnection _connection;
    private DuckDBAppender? _appender;
    private IDuckDBAppenderRow? _row;
    private int _rowsInGroup;

    public StoreRows(BatchWriter writer, DuckDBConnection connection, string table)
    {
        _writer = writer;
        _connection = connection;
        Table = table;
    }

    /// <summary>The table the rows go to.</summary>
    public string Table { get; }

    /// <summary>Starts a row (rows end with <see cref="EndRow"/>).</summary>
    public StoreRows CreateRow()
    {
        _appender ??= _connection.CreateAppender(Table);
        _row = _appender.CreateRow();
        return this;
    }

    /// <summary>Appends a 64-bit integer.</summary>
    public StoreRows AppendValue(long value) => Set(_row!.AppendValue(value));

    /// <summary>Appends a number or NULL.</summary>
    public StoreRows AppendValue(double? value) => Set(_row!.AppendValue(value));

    /// <summary>Appends a date or NULL.</summary>
    public StoreRows AppendValue(DateOnly? value) => Set(_row!.AppendValue(value));

    /// <summary>Appends a string or NULL.</summary>
    public StoreRows AppendValue(string? value) => Set(value is null ? _row!.AppendNullValue() : _row!.AppendValue(value));

    /// <summary>Ends the row; a full row group goes to the writer's thread to be closed.</summary>
    public void EndRow()
    {
        _row!.EndRow();
        _row = null;
        if (++_rowsInGroup == BatchWriter.RowGroupSize)
        {
            Hand();
        }
    }

    /// <summary>Hands the open appender over to be closed (at a full row group, and at the end of the batch).</summary>
    public void Hand()
    {
        if (_appender is null)
        {
            return;
        }

        _writer.PostClose(_appender);
        _appender = null;
        _rowsInGroup = 0;
    }

    /// <summary>Drops the open appender without handing it over (the batch failed).</summary>
    public void Abandon()
    {
        _appender?.Dispose();
        _appender = null;
    }

    private StoreRows Set(IDuckDBAppenderRow row)
    {
        _row = row;
        return this;
    }
}
