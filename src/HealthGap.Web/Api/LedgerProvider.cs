using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Web.Api;

/// <summary>
/// The funding ledger the web app reads (transparency page, GET API) and writes (POST API). Where it
/// lives: <c>HealthGap:LedgerPostgres</c> (a PostgreSQL connection string) or <c>HealthGap:Ledger</c>
/// (an SQLite file), set from <see cref="WebOptions"/>; otherwise the CLI's own variables
/// <c>HEALTHGAP_LEDGER_POSTGRES</c> / <c>HEALTHGAP_LEDGER_DB</c>; otherwise
/// <see cref="WebOptions.DefaultLedgerPath"/>. Reading never creates a ledger file; the first write does.
/// </summary>
internal sealed class LedgerProvider(IConfiguration configuration) : IDisposable
{
    /// <summary>Configuration key of the SQLite ledger file.</summary>
    public const string PathKey = "HealthGap:Ledger";

    /// <summary>Configuration key of the PostgreSQL connection string.</summary>
    public const string PostgresKey = "HealthGap:LedgerPostgres";

    private readonly SemaphoreSlim _opening = new(1, 1);
    private LedgerStore? _store;

    private string? Postgres => configuration[PostgresKey] is { Length: > 0 } pg ? pg : Environment.GetEnvironmentVariable("HEALTHGAP_LEDGER_POSTGRES") is { Length: > 0 } env ? env : null;

    /// <summary>The SQLite file used when no PostgreSQL server is configured.</summary>
    public string SqlitePath => Path.GetFullPath(configuration[PathKey] is { Length: > 0 } path ? path
        : Environment.GetEnvironmentVariable("HEALTHGAP_LEDGER_DB") is { Length: > 0 } env ? env : WebOptions.DefaultLedgerPath);

    /// <summary>Where the ledger is, for people (never a password).</summary>
    public string Description => Postgres is { } pg ? LedgerDatabase.Postgres(pg).Description : $"SQLite {SqlitePath}";

    /// <summary>The ledger for reading, or null when no ledger has been written yet (an SQLite file that does not exist).</summary>
    public async Task<LedgerStore?> ForReadingAsync(CancellationToken cancellationToken) =>
        Postgres is null && !File.Exists(SqlitePath) ? null : await ForWritingAsync(cancellationToken);

    /// <summary>The ledger, opened (and created or migrated) on first use.</summary>
    public async Task<LedgerStore> ForWritingAsync(CancellationToken cancellationToken)
    {
        if (_store is { } open)
        {
            return open;
        }

        await _opening.WaitAsync(cancellationToken);
        try
        {
            // A failed open (server down) is not remembered: the next request tries again.
            return _store ??= await LedgerStore.OpenAsync(
                Postgres is { } pg ? LedgerDatabase.Postgres(pg) : LedgerDatabase.Sqlite(SqlitePath), cancellationToken);
        }
        finally
        {
            _opening.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _opening.Dispose();
}
