using System.Globalization;
using DuckDB.NET.Data;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Asks the store's catalog whether optional tables and columns exist (reference geography, ingest
/// provenance), so a store without them is recognised up front instead of by swallowing errors: any
/// other failure of a query on them still reaches the caller.
/// </summary>
internal static class StoreColumns
{
    /// <summary>True when <paramref name="table"/> exists with every one of <paramref name="columns"/>.</summary>
    public static bool Exist(DuckDBConnection connection, string table, params string[] columns)
    {
        using var command = connection.CreateCommand();
        var wanted = columns.Distinct().ToArray();
        command.CommandText = "SELECT count(DISTINCT column_name) FROM information_schema.columns WHERE table_name = $table AND column_name IN ("
            + string.Join(", ", wanted.Select((_, i) => $"$c{i}")) + ")";
        command.Parameters.Add(new DuckDBParameter("table", table));
        for (var i = 0; i < wanted.Length; i++)
        {
            command.Parameters.Add(new DuckDBParameter($"c{i}", wanted[i]));
        }

        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == wanted.Length;
    }
}
