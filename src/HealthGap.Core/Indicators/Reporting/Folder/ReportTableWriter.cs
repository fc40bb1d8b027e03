namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>
/// Writes one report table in one format, a row at a time, cell by cell in column order. Each cell is
/// checked against the table's typed columns, so a row that does not match the schema fails here
/// instead of writing a file the web app or an analyst would misread.
/// </summary>
public abstract class ReportTableWriter : IDisposable
{
    private int _column;

    /// <summary>Starts a writer of <paramref name="table"/>.</summary>
    private protected ReportTableWriter(ReportTable table) => Table = table;

    /// <summary>The table written.</summary>
    protected ReportTable Table { get; }

    /// <summary>The position of the cell being written in its row.</summary>
    protected int Column => _column;

    /// <summary>A text cell (null: empty).</summary>
    public void Text(string? value)
    {
        Expect(ReportColumnType.Text);
        WriteText(value);
        _column++;
    }

    /// <summary>A whole-number cell (null: empty).</summary>
    public void WholeNumber(long? value)
    {
        Expect(ReportColumnType.WholeNumber);
        WriteInteger(value);
        _column++;
    }

    /// <summary>A real-number cell; null, NaN and infinities are "not available" and written empty, never as a number.</summary>
    public void Number(double? value)
    {
        Expect(ReportColumnType.Number);
        WriteNumber(value is { } d && double.IsFinite(d) ? d : null);
        _column++;
    }

    /// <summary>A true/false cell.</summary>
    public void Flag(bool value)
    {
        Expect(ReportColumnType.Flag);
        WriteFlag(value);
        _column++;
    }

    /// <summary>A date cell.</summary>
    public void Date(DateOnly value)
    {
        Expect(ReportColumnType.Date);
        WriteDate(value);
        _column++;
    }

    /// <summary>A figure the disclosure gate hid: the marker in CSV, null in JSON and Parquet (never 0).</summary>
    public void Hidden()
    {
        WriteHidden();
        _column++;
    }

    /// <summary>Ends the row; every column must have been written.</summary>
    public void EndRow()
    {
        if (_column != Table.Columns.Count)
        {
            throw new InvalidOperationException($"{Table.Name}: a row has {_column} cells, the table has {Table.Columns.Count} columns.");
        }

        WriteEndRow();
        _column = 0;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Complete();
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes a text cell.</summary>
    private protected abstract void WriteText(string? value);

    /// <summary>Writes a whole-number cell.</summary>
    private protected abstract void WriteInteger(long? value);

    /// <summary>Writes a finite real number, or null.</summary>
    private protected abstract void WriteNumber(double? value);

    /// <summary>Writes a true/false cell.</summary>
    private protected abstract void WriteFlag(bool value);

    /// <summary>Writes a date cell.</summary>
    private protected abstract void WriteDate(DateOnly value);

    /// <summary>Writes a hidden figure.</summary>
    private protected abstract void WriteHidden();

    /// <summary>Ends a row.</summary>
    private protected abstract void WriteEndRow();

    /// <summary>Finishes the file and releases it.</summary>
    private protected abstract void Complete();

    private void Expect(ReportColumnType type)
    {
        if (_column >= Table.Columns.Count || Table.Columns[_column].Type != type)
        {
            var actual = _column < Table.Columns.Count ? $"column {Table.Columns[_column].Name} is {Table.Columns[_column].Type}" : "the row is already complete";
            throw new InvalidOperationException($"{Table.Name}: cell {_column + 1} written as {type}, but {actual}.");
        }
    }
}
