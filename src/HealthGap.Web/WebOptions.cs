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

    /// <summary>
    /// Serve repeated GET pages from the output cache (on by default). Off renders every request,
    /// which the benchmark uses to measure rendering itself.
    /// </summary>
    public bool OutputCache { get; init; } = true;

    /// <summary>Log only warnings and errors (the CLI prints its own start-up lines).</summary>
    public bool Quiet { get; init; }
}
