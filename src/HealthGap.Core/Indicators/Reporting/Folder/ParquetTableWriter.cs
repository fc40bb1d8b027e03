using DuckDB.NET.Data;

namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>
/// A report table as Parquet, typed from the schema (numbers are DOUBLE or BIGINT even when every value
/// is hidden, dates are DATE). Rows go through DuckDB's appender into an in-memory table that DuckDB
/// then copies to the file; hidden and missing figures are NULL.
/// </summary>
internal sealed class ParquetTableWriter : ReportTableWriter
{
    private const string TableName = "report_table";

    private readonly string _path;
    private readonly DuckDBConnection _duck;
    private readonly DuckDBAppender _appender;
    private IDuckDBAppenderRow? _row;

    /// <summary>Writes the table to a new file at <paramref name="path"/>.</summary>
    public ParquetTableWriter(ReportTable table, string path)
        : base(table)
    {
        _path = path;
        _duck = new DuckDBConnection("Data Source=:memory:");
        _duck.Open();
        using (var create = _duck.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE {TableName} ({string.Join(", ", table.Columns.Select(c => $"{QuoteIdentifier(c.Name)} {c.SqlType}"))})";
            create.ExecuteNonQuery();
        }

        _appender = _duck.CreateAppender(TableName);
    }

    /// <summary>A file path as a DuckDB string literal (quotes doubled), for statements such as COPY that take no parameter there.</summary>
    public static string QuoteLiteral(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A column name as a DuckDB identifier (double quotes doubled).</summary>
    public static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <inheritdoc />
    private protected override void WriteText(string? value) => Row().AppendValue(value);

    /// <inheritdoc />
    private protected override void WriteInteger(long? value) => Row().AppendValue(value);

    /// <inheritdoc />
    private protected override void WriteNumber(double? value) => Row().AppendValue(value);

    /// <inheritdoc />
    private protected override void WriteFlag(bool value) => Row().AppendValue(value);

    /// <inheritdoc />
    private protected override void WriteDate(DateOnly value) => Row().AppendValue((DateOnly?)value);

    /// <inheritdoc />
    private protected override void WriteHidden() => Row().AppendNullValue();

    /// <inheritdoc />
    private protected override void WriteEndRow()
    {
        _row!.EndRow();
        _row = null;
    }

    /// <inheritdoc />
    private protected override void Complete()
    {
        try
        {
            _appender.Close();
            _appender.Dispose();
            using var copy = _duck.CreateCommand();
            copy.CommandText = $"COPY {TableName} TO {QuoteLiteral(_path)} (FORMAT parquet)";
            copy.ExecuteNonQuery();
        }
        finally
        {
            _duck.Dispose();
        }
    }

    private IDuckDBAppenderRow Row() => _row ??= _appender.CreateRow();
}
