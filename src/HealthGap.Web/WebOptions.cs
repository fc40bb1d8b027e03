namespace HealthGap.Web;

/// <summary>
/// How the web app runs: where the results and the funding ledger are, who may write to the ledger, and
/// (from the CLI) where to listen. Bound from the <c>HealthGap</c> configuration section
/// (<c>HealthGap:Results</c>, <c>HealthGap__Results</c> in the environment...) and validated at start-up
/// by <see cref="WebOptionsValidator"/>; <c>healthgap serve</c> and <c>demo</c> pass their values directly,
/// and they win over configuration. Services read it as <c>IOptions&lt;WebOptions&gt;</c>.
/// </summary>
public sealed record WebOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "HealthGap";

    /// <summary>Configuration key of <see cref="ResultsDirectory"/>.</summary>
    public const string ResultsKey = SectionName + ":Results";

    /// <summary>Configuration key of <see cref="WaitingListDirectory"/>.</summary>
    public const string WaitingListKey = SectionName + ":WaitingList";

    /// <summary>Configuration key of <see cref="LedgerPath"/>.</summary>
    public const string LedgerKey = SectionName + ":Ledger";

    /// <summary>Configuration key of <see cref="LedgerPostgres"/>.</summary>
    public const string LedgerPostgresKey = SectionName + ":LedgerPostgres";

    /// <summary>Configuration key of <see cref="LedgerApiKey"/>.</summary>
    public const string LedgerApiKeyKey = SectionName + ":LedgerApiKey";

    /// <summary>The folder <c>healthgap report</c> writes to by default.</summary>
    public const string DefaultResultsDirectory = "./healthgap-data/results";

    /// <summary>The address <c>healthgap serve</c> listens on by default (loopback only).</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where the funding ledger is by default: beside the store (<c>healthgap-data</c>).</summary>
    public const string DefaultLedgerPath = "./healthgap-data/healthgap-ledger.db";

    /// <summary>The results folder (indicators.csv, inequalities.csv, catalogue.json, policy.json); null for <see cref="DefaultResultsDirectory"/>.</summary>
    [ConfigurationKeyName("Results")]
    public string? ResultsDirectory { get; set; }

    /// <summary>Where the waiting-list equity results are, if somewhere other than <c>waiting-list/</c> under the results folder.</summary>
    [ConfigurationKeyName("WaitingList")]
    public string? WaitingListDirectory { get; set; }

    /// <summary>The funding ledger's SQLite file; null for <c>$HEALTHGAP_LEDGER_DB</c> or <see cref="DefaultLedgerPath"/>.</summary>
    [ConfigurationKeyName("Ledger")]
    public string? LedgerPath { get; set; }

    /// <summary>A PostgreSQL connection string for the funding ledger instead of the SQLite file (or <c>$HEALTHGAP_LEDGER_POSTGRES</c>).</summary>
    public string? LedgerPostgres { get; set; }

    /// <summary>The key a client must send (<c>Authorization: Bearer KEY</c>) to add ledger entries through the API; null leaves writing through the web switched off.</summary>
    public string? LedgerApiKey { get; set; }

    /// <summary>
    /// Semicolon-separated listen addresses, given by the CLI; null leaves them to the host's own
    /// configuration (<c>ASPNETCORE_URLS</c>, <c>--urls</c>) or ASP.NET Core's default.
    /// </summary>
    public string? Urls { get; set; }

    /// <summary>
    /// Serve repeated GET pages from the output cache (on by default). Off renders every request,
    /// which the benchmark uses to measure rendering itself.
    /// </summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>Log only warnings and errors (the CLI prints its own start-up lines).</summary>
    public bool Quiet { get; set; }

    /// <summary>The results folder as a full path.</summary>
    public string ResultsPath => Path.GetFullPath(ResultsDirectory ?? DefaultResultsDirectory);

    /// <summary>The SQLite ledger file as a full path (used when <see cref="LedgerPostgres"/> is not set).</summary>
    public string LedgerSqlitePath => Path.GetFullPath(LedgerPath ?? DefaultLedgerPath);
}
