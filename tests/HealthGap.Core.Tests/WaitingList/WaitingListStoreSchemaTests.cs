using DuckDB.NET.Data;
using HealthGap.Core.Store;

namespace HealthGap.Core.Tests.WaitingList;

public class WaitingListStoreSchemaTests
{
    [Fact]
    public void TestSchema_PersonAndWaitingList_SameColumnsAndTypesAsIngestStore()
    {
        Assert.Equal(Columns(c => Run(c, StoreSchema.CreateTables)), Columns(WaitingListStoreSchema.Create));
    }

    private static string[] Columns(Action<DuckDBConnection> create)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        create(connection);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns
            WHERE table_name IN ('person', 'waiting_list') ORDER BY table_name, ordinal_position
            """;
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return [.. columns];
    }

    private static void Run(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
