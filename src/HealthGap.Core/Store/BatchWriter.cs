using DuckDB.NET.Data;

namespace HealthGap.Core.Store;

/// <summary>
/// Bulk-loads one batch into the staging tables through DuckDB appenders (one per table, opened on first
/// use). <see cref="Flush"/> closes them so set-based SQL can read what was appended.
/// </summary>
internal sealed class BatchWriter(DuckDBConnection connection) : IDisposable
{
    private readonly Dictionary<string, DuckDBAppender> _appenders = new(StringComparer.Ordinal);

    /// <summary>The appender for a staging table.</summary>
    public DuckDBAppender For(string table)
    {
        if (!_appenders.TryGetValue(table, out var appender))
        {
            appender = connection.CreateAppender("temp", "main", table);
            _appenders[table] = appender;
        }

        return appender;
    }

    /// <summary>The appender for a table of the store itself (rows land in the batch's transaction).</summary>
    public DuckDBAppender ForStore(string table)
    {
        var name = "store." + table;
        if (!_appenders.TryGetValue(name, out var appender))
        {
            appender = connection.CreateAppender(table);
            _appenders[name] = appender;
        }

        return appender;
    }

    /// <summary>Writes a quarantine row.</summary>
    public void Quarantine(int fileId, long line, string field, string valueMasked, string reason, string detail) =>
        For("stg_quarantine").CreateRow()
            .AppendValue(fileId).AppendValue(line).AppendValue(field).AppendValue(valueMasked)
            .AppendValue(reason).AppendValue(detail).EndRow();

    /// <summary>Closes every appender so what was appended is visible to SQL.</summary>
    public void Flush()
    {
        foreach (var appender in _appenders.Values)
        {
            appender.Close();
            appender.Dispose();
        }

        _appenders.Clear();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var appender in _appenders.Values)
        {
            appender.Dispose();
        }

        _appenders.Clear();
    }
}
