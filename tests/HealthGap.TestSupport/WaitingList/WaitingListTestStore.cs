using DuckDB.NET.Data;
using HealthGap.Core.Store;

namespace HealthGap.TestSupport.WaitingList;

/// <summary>
/// A seeded synthetic store of people and RTT pathways with planted waiting-time effects
/// (<see cref="PlantedWaits"/>), in a temporary DuckDB file deleted on dispose.
/// </summary>
public sealed class WaitingListTestStore : IDisposable
{
    private WaitingListTestStore(string path) => Path = path;

    public string Path { get; }

    public static WaitingListTestStore Create(PlantedWaits planted)
    {
        var store = Empty();
        using var connection = store.Open();
        Populate(connection, planted);
        return store;
    }

    /// <summary>A store with the real <c>person</c> and <c>waiting_list</c> tables and no rows.</summary>
    public static WaitingListTestStore Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"healthgap-wl-{Guid.NewGuid():N}.duckdb");
        var store = new WaitingListTestStore(path);
        using var connection = store.Open();
        using var command = connection.CreateCommand();
        command.CommandText = StoreSchema.Create("person") + StoreSchema.Create("waiting_list");
        command.ExecuteNonQuery();
        return store;
    }

    public DuckDBConnection Open()
    {
        var connection = new DuckDBConnection($"Data Source={Path}");
        connection.Open();
        return connection;
    }

    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var file in new[] { Path, Path + ".wal" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    private static void Populate(DuckDBConnection connection, PlantedWaits planted)
    {
        var random = new Random(planted.Seed);
        var generator = new TestPathwayGenerator(random, planted);
        using (var people = connection.CreateAppender("person"))
        using (var pathways = connection.CreateAppender("waiting_list"))
        {
            for (var i = 0; i < planted.People; i++)
            {
                var person = generator.Person(i + 1);
                person.AppendTo(people);
                generator.OpenPathway(person).AppendTo(pathways);
                if (random.NextDouble() < 0.5)
                {
                    generator.CompletedPathway(person).AppendTo(pathways);
                }
            }
        }
    }
}
