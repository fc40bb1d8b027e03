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
    private const int WarmUpWrites = 10;

    public static IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var results = new List<Measurement>();
        var server = CliEnvironment.Read(CliEnvironment.BenchPostgresVariable) ?? CliEnvironment.Read(CliEnvironment.TestPostgresVariable)
            ?? (File.Exists("/tmp/healthgap-ci-postgres.conn") ? File.ReadAllText("/tmp/healthgap-ci-postgres.conn").Trim() : null);
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
        var (sorted, seconds) = Concurrently(async (w, i) => await store.AddAsync(Entry(w, i)));
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
    /// The floor under the same load: the same 20 writers each committing the same row into
    /// <c>ledger_entries</c> straight through Npgsql (no EF Core, no validation, no context pool).
    /// The gap to the ledger figure is the ledger's own cost.
    /// </summary>
    private static Measurement RawInsertP95(string connectionString)
    {
        using var source = NpgsqlDataSource.Create(connectionString);
        var (sorted, _) = Concurrently(async (w, i) =>
        {
            var e = Entry(w, i);
            await using var command = source.CreateCommand(
                "INSERT INTO ledger_entries (kind, financial_year, place_code, place_name, organisation, category, amount_pence, entry_date, description, recorded_by, recorded_at_utc) "
                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id");
            foreach (var value in new object[] { e.Kind.ToString(), e.FinancialYear, e.PlaceCode, e.PlaceName, e.Organisation, e.Category!.Value.ToString(), e.AmountPence, e.EntryDate, e.Description, e.RecordedBy, DateTime.UtcNow })
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            await command.ExecuteScalarAsync();
        });
        var p95 = sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1];
        return new($"plain Npgsql INSERT p95, PostgreSQL, same {Writers} writers (the machine's floor; no target)", p95, "ms", string.Empty, null);
    }

    /// <summary>
    /// Runs <paramref name="write"/> from <see cref="Writers"/> concurrent writers, first a warm-up round
    /// (not timed: it opens the pooled connections and lets the JIT compile the write path, as in a
    /// running service), then <see cref="WritesPerWriter"/> timed writes each. Returns the sorted
    /// latencies in milliseconds and the wall time of the timed round in seconds.
    /// </summary>
    private static (double[] Sorted, double Seconds) Concurrently(Func<int, int, Task> write)
    {
        RunWriters(write, WarmUpWrites, latencies: null);
        var latencies = new ConcurrentBag<double>();
        var wall = Stopwatch.StartNew();
        RunWriters(write, WritesPerWriter, latencies);
        return (latencies.Order().ToArray(), wall.Elapsed.TotalSeconds);
    }

    private static void RunWriters(Func<int, int, Task> write, int writes, ConcurrentBag<double>? latencies) =>
        Task.WaitAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < writes; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                await write(w, i);
                latencies?.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        })).ToArray());

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
