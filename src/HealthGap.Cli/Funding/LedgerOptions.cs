using System.CommandLine;
using System.Globalization;
using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Cli.Funding;

/// <summary>Where the ledger is (--db / --postgres) and parsing of ledger values, shared by the ledger subcommands.</summary>
internal static class LedgerOptions
{
    public const string DefaultDb = "healthgap-ledger.db";

    public static Option<string?> Db() => new("--db")
    {
        Description = $"SQLite ledger file (default: ${CliEnvironment.LedgerDbVariable} or ./{DefaultDb}; created if missing).",
    };

    public static Option<string?> Postgres() => new("--postgres")
    {
        Description = $"Use a PostgreSQL ledger instead, e.g. \"Host=db;Username=healthgap;Database=healthgap\" (or ${CliEnvironment.LedgerPostgresVariable}).",
    };

    public static Option<string> Year(bool required = true) => new("--year")
    {
        Description = "Financial year, e.g. 2024/25.",
        Required = required,
    };

    /// <summary>Opens (and migrates) the ledger the options point at.</summary>
    public static LedgerStore Open(ParseResult parse, Option<string?> db, Option<string?> postgres)
    {
        var pg = parse.GetValue(postgres) ?? CliEnvironment.Read(CliEnvironment.LedgerPostgresVariable);
        var path = parse.GetValue(db) ?? CliEnvironment.Read(CliEnvironment.LedgerDbVariable) ?? DefaultDb;
        if (parse.GetValue(postgres) is not null && parse.GetValue(db) is not null)
        {
            throw new CliUsageException("give either --db (SQLite) or --postgres, not both.");
        }

        LedgerDatabase database;
        try
        {
            database = pg is { Length: > 0 } ? LedgerDatabase.Postgres(pg) : LedgerDatabase.Sqlite(path);
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException($"the --postgres connection string cannot be read ({ex.Message}); write it like Host=127.0.0.1;Port=5432;Username=healthgap;Database=healthgap.");
        }

        try
        {
            return LedgerStore.OpenAsync(database).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            throw new LedgerException($"cannot open the ledger at {database.Description}: {ex.Message}", ex);
        }
    }

    /// <summary>Parses pounds (e.g. <c>12500</c> or <c>12500.50</c>) to pence.</summary>
    public static long Pence(string text, string option)
    {
        var cleaned = text.Trim().TrimStart('£').Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds) || decimal.Round(pounds, 2) != pounds)
        {
            throw new CliUsageException($"{option} '{text}' is not an amount in pounds; write e.g. 12500 or 12500.50 (0 or more, at most 2 decimals).");
        }

        if (pounds > LedgerLimits.MaxAmountPence / 100m)
        {
            throw new CliUsageException($"{option} '{text}' is more than one ledger entry may hold (£{LedgerLimits.MaxAmountPence / 100m:N0}); check the figure, or split it into several entries.");
        }

        return (long)(pounds * 100);
    }

    /// <summary>Parses a date written yyyy-MM-dd; today when not given.</summary>
    public static DateOnly Date(string? text, string option) =>
        text is null ? DateOnly.FromDateTime(DateTime.UtcNow)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new CliUsageException($"{option} '{text}' is not a date; write it as yyyy-MM-dd, e.g. 2024-06-30.");

    public static LedgerEntryKind Kind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "allocation" => LedgerEntryKind.Allocation,
        "commitment" => LedgerEntryKind.Commitment,
        "spend" => LedgerEntryKind.Spend,
        _ => throw new CliUsageException($"--kind '{text}' is not a kind of entry; use allocation, commitment or spend."),
    };

    public static RingfenceState Ringfence(string text) => text.Trim().ToLowerInvariant().Replace('_', '-') switch
    {
        "ringfenced" => RingfenceState.Ringfenced,
        "partial" => RingfenceState.Partial,
        "not-ringfenced" => RingfenceState.NotRingfenced,
        _ => throw new CliUsageException($"--status '{text}' is not a ringfence status; use ringfenced, partial or not-ringfenced."),
    };

    /// <summary>Pence as pounds for tables, e.g. 1234.50.</summary>
    public static string Pounds(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
