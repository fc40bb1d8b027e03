namespace HealthGap.Web;

/// <summary>How the web app is started: where the results are and which addresses to listen on.</summary>
public sealed record WebOptions
{
    /// <summary>The folder <c>healthgap report</c> writes to by default.</summary>
    public const string DefaultResultsDirectory = "./healthgap-data/results";

    /// <summary>The address <c>healthgap serve</c> listens on by default (loopback only).</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The results folder (indicators.csv, inequalities.csv, catalogue.json, policy.json); null for the default or configuration.</summary>
    public string? ResultsDirectory { get; init; }

    /// <summary>Semicolon-separated listen addresses; null to leave to configuration (ASPNETCORE_URLS) or the default.</summary>
    public string? Urls { get; init; }

    /// <summary>Where the waiting-list equity results are, if somewhere other than <c>waiting-list/</c> under the results folder.</summary>
    public string? WaitingListDirectory { get; init; }

    /// <summary>Where the funding ledger is by default: beside the store (<c>healthgap-data</c>).</summary>
    public const string DefaultLedgerPath = "./healthgap-data/healthgap-ledger.db";

    /// <summary>The funding ledger's SQLite file; null for configuration, <c>$HEALTHGAP_LEDGER_DB</c> or <see cref="DefaultLedgerPath"/>.</summary>
    public string? LedgerPath { get; init; }

    /// <summary>A PostgreSQL connection string for the funding ledger instead of the SQLite file.</summary>
    public string? LedgerPostgres { get; init; }

    /// <summary>The key a client must send (<c>Authorization: Bearer KEY</c>) to add ledger entries through the API; null leaves writing through the web switched off.</summary>
    public string? LedgerApiKey { get; init; }

    /// <summary>
    /// Serve repeated GET pages from the output cache (on by default). Off renders every request,
    /// which the benchmark uses to measure rendering itself.
    /// </summary>
    public bool OutputCache { get; init; } = true;

    /// <summary>Log only warnings and errors (the CLI prints its own start-up lines).</summary>
    public bool Quiet { get; init; }
}
