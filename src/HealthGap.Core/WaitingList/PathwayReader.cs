using DuckDB.NET.Data;

namespace HealthGap.Core.WaitingList;

/// <summary>
/// Reads the RTT pathways a waiting-list analysis needs from the store (<c>waiting_list</c> joined
/// to <c>person</c>, see docs/data-model.md) into two <see cref="PathwaySet"/>s: open at the
/// snapshot, and completed in the period. It reads no person id into memory and computes no
/// statistics. A pathway whose person is missing from <c>person</c> is kept with every group Unknown.
/// </summary>
internal static class PathwayReader
{
    public static (PathwaySet Open, PathwaySet Completed) Read(DuckDBConnection connection, WaitingListPeriod period)
    {
        RequireTables(connection);
        var treatmentFunctions = Distinct(connection, "treatment_function_code", period);
        var priorities = Distinct(connection, "priority", period);
        var open = new PathwaySetBuilder(treatmentFunctions, priorities);
        var completed = new PathwaySetBuilder(treatmentFunctions, priorities);

        using var command = connection.CreateCommand();
        command.CommandText = PathwaySql.Select;
        AddPeriod(command, period);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var person = new PersonValues(
                Int(reader, 6), Int(reader, 7), Bool(reader, 8), reader.IsDBNull(9) ? null : reader.GetString(9),
                Bool(reader, 10), Bool(reader, 11), Bool(reader, 12), Bool(reader, 13),
                reader.IsDBNull(14) ? null : reader.GetString(14));
            var treatmentFunction = reader.GetString(4);
            var priority = reader.GetString(5);
            if (reader.GetBoolean(0))
            {
                open.Add(reader.GetInt32(2), treatmentFunction, priority, person, Int(reader, 15));
            }

            if (reader.GetBoolean(1))
            {
                completed.Add(reader.GetInt32(3), treatmentFunction, priority, person, Int(reader, 16));
            }
        }

        return (open.Build(), completed.Build());
    }

    private static void RequireTables(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_name IN ('waiting_list', 'person')";
        using var reader = command.ExecuteReader();
        var found = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }

        var missing = new[] { "waiting_list", "person" }.Where(t => !found.Contains(t)).ToArray();
        if (missing.Length > 0)
        {
            throw new WaitingListStoreException(
                $"the store has no {string.Join(" or ", missing)} table. Load the waiting-list and person extracts first " +
                "(healthgap ingest), or point --store at a store that has them (docs/data-model.md).");
        }
    }

    private static IReadOnlyList<string> Distinct(DuckDBConnection connection, string column, WaitingListPeriod period)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT coalesce({column}, 'unknown') AS v FROM waiting_list w WHERE {PathwaySql.InScope} ORDER BY v";
        AddPeriod(command, period);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static void AddPeriod(DuckDBCommand command, WaitingListPeriod period)
    {
        command.Parameters.Add(new DuckDBParameter("snapshot", period.Snapshot));
        command.Parameters.Add(new DuckDBParameter("from", period.CompletedFrom));
        command.Parameters.Add(new DuckDBParameter("to", period.CompletedTo));
    }

    private static int? Int(DuckDBDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    private static bool? Bool(DuckDBDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetBoolean(ordinal);
}
