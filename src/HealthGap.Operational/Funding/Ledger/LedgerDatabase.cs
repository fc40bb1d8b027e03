using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// Where the ledger lives: an embedded SQLite file (default) or a PostgreSQL server. Both go through
/// the same model and store code; only the provider and its migrations differ.
/// </summary>
public sealed class LedgerDatabase
{
    /// <summary>The environment variable (read by the CLI and the web host, never here) naming the SQLite ledger file.</summary>
    public const string SqliteVariable = "HEALTHGAP_LEDGER_DB";

    /// <summary>The environment variable (read by the CLI and the web host, never here) holding a PostgreSQL connection string.</summary>
    public const string PostgresVariable = "HEALTHGAP_LEDGER_POSTGRES";

    private readonly Lazy<Func<LedgerDbContext>> _factory;

    private LedgerDatabase(bool postgres, string connectionString, string description)
    {
        IsPostgres = postgres;
        ConnectionString = connectionString;
        Description = description;
        _factory = new Lazy<Func<LedgerDbContext>>(CreateFactory);
    }

    /// <summary>True for PostgreSQL, false for SQLite.</summary>
    public bool IsPostgres { get; }

    /// <summary>The provider connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>What to show a user (never a password).</summary>
    public string Description { get; }

    /// <summary>An embedded SQLite ledger in <paramref name="path"/> (created if missing).</summary>
    public static LedgerDatabase Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new(false, $"Data Source={full};Pooling=False", $"SQLite {full}");
    }

    /// <summary>A PostgreSQL ledger, e.g. <c>Host=127.0.0.1;Port=5432;Username=healthgap;Database=healthgap</c>.</summary>
    public static LedgerDatabase Postgres(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return new(true, connectionString, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>
    /// The connection string with the ledger's defaults for many short writes: no session reset when a
    /// pooled connection is returned (the ledger never changes session state, so DISCARD ALL is wasted
    /// work per write) and statements used often prepared on the server. A value set explicitly wins.
    /// </summary>
    internal static string Tuned(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var given = connectionString.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!given.Contains("NORESETONCLOSE", StringComparison.Ordinal))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.Contains("MAXAUTOPREPARE", StringComparison.Ordinal))
        {
            builder.MaxAutoPrepare = 20;
        }

        return builder.ConnectionString;
    }

    /// <summary>A context on this database (one per unit of work; contexts are not thread-safe). Disposing it returns it to a pool.</summary>
    public LedgerDbContext CreateContext() => _factory.Value();

    // Pooled contexts: with many concurrent writers, building a context per write is measurable.
    private Func<LedgerDbContext> CreateFactory()
    {
        if (IsPostgres)
        {
            var pool = new PooledDbContextFactory<PostgresLedgerDbContext>(
                new DbContextOptionsBuilder<PostgresLedgerDbContext>().UseNpgsql(Tuned(ConnectionString)).Options);
            return pool.CreateDbContext;
        }

        var sqlite = new PooledDbContextFactory<SqliteLedgerDbContext>(
            new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite(ConnectionString).Options);
        return sqlite.CreateDbContext;
    }
}
