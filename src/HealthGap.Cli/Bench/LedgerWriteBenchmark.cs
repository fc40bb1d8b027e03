using System.Collections.Concurrent;
using System.Diagnostics;
using HealthGap.Operational.Funding.Ledger;
using Npgsql;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Ledger write latency with 20 concurrent writers, each appending entries through the ledger API
/// (validation, EF Core, a committed transaction per entry). PostgreSQL is taken from
/// HEALTHGAP_BENCH_POSTGRES, HEALTHGAP_TEST_POSTGRES or /tmp/healthgap-ci-postgres.conn (the CI server);
/// a throwaway database is created on it and dropped afterwards. The embedded SQLite figure is shown too.
/// </summary>
internal static class LedgerWriteBenchmark
{
    private const int Writers = 20;
    private const int WritesPerWriter = 50;

    public static IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var results = new List<Measurement>();
        var server = Environment.GetEnvironmentVariable("HEALTHGAP_BENCH_POSTGRES") is { Length: > 0 } b ? b
            : Environment.GetEnvironmentVariable("HEALTHGAP_TEST_POSTGRES") is { Length: > 0 } t ? t
            : File.Exists("/tmp/healthgap-ci-postgres.conn") ? File.ReadAllText("/tmp/healthgap-ci-postgres.conn").Trim() : null;
        if (server is null)
        {
            context.Output.WriteLine("ledger on PostgreSQL: not measured (no server; set HEALTHGAP_BENCH_POSTGRES or run .ci/setup.d/20-postgres.sh)");
        }
        else
        {
            var name = $"healthgap_bench_{Environment.ProcessId}";
            Execute(server, $"CREATE DATABASE {name}");
            try
            {
                var database = LedgerDatabase.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 40 }.ConnectionString);
                results.AddRange(Measure("PostgreSQL", database, "< 50 ms"));
                results.Add(RawInsertP95(database.ConnectionString));
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }
        }

        var sqlite = Path.Combine(context.WorkDirectory, "bench-ledger.db");
        File.Delete(sqlite);
        results.AddRange(Measure("SQLite (embedded)", LedgerDatabase.Sqlite(sqlite), string.Empty));
        return results;
    }

    private static IEnumerable<Measurement> Measure(string label, LedgerDatabase database, string target)
    {
        var store = LedgerStore.OpenAsync(database).GetAwaiter().GetResult();
        store.AddAsync(Entry(0, 0)).GetAwaiter().GetResult();
        var latencies = new ConcurrentBag<double>();
        var wall = Stopwatch.StartNew();
        Task.WaitAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < WritesPerWriter; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                await store.AddAsync(Entry(w, i));
                latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        })).ToArray());
        var seconds = wall.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        var p95 = sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1];
        var p50 = sorted[sorted.Length / 2];
        return
        [
            new($"ledger write p95, {label}, {Writers} concurrent writers × {WritesPerWriter}", p95, "ms", target, target.Length == 0 ? null : p95 < 50),
            new($"ledger write p50, {label}", p50, "ms", string.Empty, null),
            new($"ledger writes per second, {label}", sorted.Length / seconds, "writes/s", string.Empty, null),
        ];
    }

    /// <summary>
    /// The floor under the same load: the same 20 writers each committing a one-row INSERT straight
    /// through Npgsql (no EF Core, no validation). The gap to the ledger figure is the ledger's own cost.
    /// </summary>
    private static Measurement RawInsertP95(string connectionString)
    {
        Execute(connectionString, "CREATE TABLE bench_probe (id bigserial PRIMARY KEY, writer int NOT NULL, amount bigint NOT NULL)");
        using var source = NpgsqlDataSource.Create(connectionString);
        var latencies = new ConcurrentBag<double>();
        Task.WaitAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < WritesPerWriter; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                await using var command = source.CreateCommand("INSERT INTO bench_probe (writer, amount) VALUES ($1, $2)");
                command.Parameters.Add(new NpgsqlParameter { Value = w });
                command.Parameters.Add(new NpgsqlParameter { Value = (long)i });
                await command.ExecuteNonQueryAsync();
                latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        })).ToArray());
        var sorted = latencies.Order().ToArray();
        var p95 = sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1];
        return new($"plain Npgsql INSERT p95, PostgreSQL, same {Writers} writers (the machine's floor; no target)", p95, "ms", string.Empty, null);
    }

    private static NewLedgerEntry Entry(int writer, int i) => new(
        LedgerEntryKind.Commitment, "2024/25", $"P{writer:00}", $"Place {writer}", "Benchmark organisation", SpendCategory.Pilot,
        1_000 + i, new DateOnly(2024, 6, 1), "benchmark entry", "bench");

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
