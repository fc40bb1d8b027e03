using HealthGap.Operational.Funding.Ledger;
using Npgsql;

namespace HealthGap.Operational.Tests.Funding.Ledger;

/// <summary>
/// A fresh, empty ledger database per test: a temp SQLite file, or a new database on the PostgreSQL
/// server named by HEALTHGAP_TEST_POSTGRES or /tmp/healthgap-ci-postgres.conn (written by
/// .ci/setup.d/20-postgres.sh). Dropped again on dispose.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    private const string ConnectionFile = "/tmp/healthgap-ci-postgres.conn";

    private readonly Func<Task> _drop;

    private TestDatabase(LedgerDatabase database, Func<Task> drop)
    {
        Database = database;
        _drop = drop;
    }

    public LedgerDatabase Database { get; }

    /// <summary>The test server's connection string, or null when none is configured.</summary>
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("HEALTHGAP_TEST_POSTGRES") is { Length: > 0 } env ? env
        : File.Exists(ConnectionFile) ? File.ReadAllText(ConnectionFile).Trim() : null;

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"healthgap-ledger-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(LedgerDatabase.Sqlite(path), () =>
            {
                File.Delete(path);
                return Task.CompletedTask;
            });
        }

        var server = PostgresConnectionString ?? throw new InvalidOperationException(
            "No PostgreSQL server is configured for the ledger tests: run 'bash .ci/setup.d/20-postgres.sh' or set HEALTHGAP_TEST_POSTGRES.");
        var name = $"healthgap_ledger_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(LedgerDatabase.Postgres(builder.ConnectionString), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public async ValueTask DisposeAsync() => await _drop();
}
