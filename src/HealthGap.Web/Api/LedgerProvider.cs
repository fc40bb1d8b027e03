using HealthGap.Operational.Funding.Ledger;
using Microsoft.Extensions.Options;

namespace HealthGap.Web.Api;

/// <summary>
/// The funding ledger the web app reads (transparency page, GET API) and writes (POST API), where
/// <see cref="WebOptions"/> says: <see cref="WebOptions.LedgerPostgres"/> (a PostgreSQL connection
/// string) or else the SQLite file <see cref="WebOptions.LedgerSqlitePath"/>. Reading never creates a
/// ledger file; the first write does.
/// </summary>
internal sealed class LedgerProvider(IOptions<WebOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private LedgerStore? _store;

    private string? Postgres => options.Value.LedgerPostgres;

    /// <summary>The SQLite file used when no PostgreSQL server is configured.</summary>
    public string SqlitePath => options.Value.LedgerSqlitePath;

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
