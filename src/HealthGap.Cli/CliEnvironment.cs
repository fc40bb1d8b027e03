using HealthGap.Core.Configuration;
using HealthGap.Core.Privacy;
using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Cli;

/// <summary>
/// The environment variables the <c>healthgap</c> command reads, and the only place it reads them: the
/// CLI is an edge, so it turns the environment into values (paths, keys, connection strings) and passes
/// them down; Core, Synthetic and the web app never read the environment themselves.
/// </summary>
internal static class CliEnvironment
{
    /// <summary>The pseudonymisation key (hex or base64), when no <c>--key-file</c> is given.</summary>
    public const string PseudonymisationKeyVariable = PseudonymisationKey.EnvironmentVariable;

    /// <summary>The SQLite funding ledger, when no <c>--db</c> is given.</summary>
    public const string LedgerDbVariable = LedgerDatabase.SqliteVariable;

    /// <summary>A PostgreSQL funding ledger, when no <c>--postgres</c> is given.</summary>
    public const string LedgerPostgresVariable = LedgerDatabase.PostgresVariable;

    /// <summary>Test hook of the ingest crash test (see <c>IngestOptions.HoldBeforeCommit</c>).</summary>
    public const string IngestHoldBeforeCommitVariable = "HEALTHGAP_INGEST_HOLD_BEFORE_COMMIT";

    /// <summary>The PostgreSQL server the ledger benchmark writes to.</summary>
    public const string BenchPostgresVariable = "HEALTHGAP_BENCH_POSTGRES";

    /// <summary>The PostgreSQL server of the test suite, which the ledger benchmark uses when no bench server is named.</summary>
    public const string TestPostgresVariable = "HEALTHGAP_TEST_POSTGRES";

    /// <summary>The value of a variable; null when it is unset or blank.</summary>
    public static string? Read(string name) =>
        Environment.GetEnvironmentVariable(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>
    /// Where the shipped files are read from: <see cref="HealthGapPaths.CodelistsVariable"/>,
    /// <see cref="HealthGapPaths.IndicatorsVariable"/> and <see cref="HealthGapPaths.ReferenceDataVariable"/>
    /// when set, else the shipped copies. Every command that reads code lists, definitions or reference data uses this.
    /// </summary>
    public static HealthGapPaths Paths => HealthGapPaths.FromVariables(Read);

    /// <summary>The folders of the executable search path (<c>PATH</c>), for finding helper programs.</summary>
    public static IReadOnlyList<string> SearchPath => (Read("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
}
