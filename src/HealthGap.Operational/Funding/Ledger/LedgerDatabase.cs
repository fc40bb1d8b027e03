using Microsoft.EntityFrameworkCore;

namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// Where the ledger lives: an embedded SQLite file (default) or a PostgreSQL server. Both go through
/// the same model and store code; only the provider and its migrations differ.
/// </summary>
public sealed record LedgerDatabase
{
    private LedgerDatabase(bool postgres, string connectionString, string description)
    {
        IsPostgres = postgres;
        ConnectionString = connectionString;
        Description = description;
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

    /// <summary>A new context on this database (one per unit of work; contexts are not thread-safe).</summary>
    public LedgerDbContext CreateContext() => IsPostgres
        ? new PostgresLedgerDbContext(new DbContextOptionsBuilder<PostgresLedgerDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteLedgerDbContext(new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite(ConnectionString).Options);
}
