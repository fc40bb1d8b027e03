namespace HealthGap.Core.Configuration;

/// <summary>
/// Where the files HealthGap ships are read from: the clinical code lists (<c>codelists/</c>), the
/// indicator library (<c>indicators/</c>) and the reference data (<c>data/reference/</c>). One rule
/// for each folder: an explicit value, else the shipped copy (the folder the build copies beside the
/// binaries, else the folder in the checkout the binaries were built in).
/// </summary>
/// <remarks>
/// Core never reads the environment. The edges (the CLI, the web host) read the variables named here
/// and pass the result down through <see cref="FromVariables"/>; everything that reads shipped files
/// (ingest, the synthetic generator, the indicator compiler and report) takes a <see cref="HealthGapPaths"/>.
/// </remarks>
/// <param name="CodelistsDir">The code lists, one CSV per list (see <c>codelists/README.md</c>).</param>
/// <param name="IndicatorsDir">The indicator definition files (<c>*.yaml</c>).</param>
/// <param name="ReferenceDataDir">The reference data (IMD, geography, ESP2013).</param>
public sealed record HealthGapPaths(string CodelistsDir, string IndicatorsDir, string ReferenceDataDir)
{
    /// <summary>The environment variable (read by the edges) that overrides <see cref="CodelistsDir"/>.</summary>
    public const string CodelistsVariable = "HEALTHGAP_CODELISTS_DIR";

    /// <summary>The environment variable (read by the edges) that overrides <see cref="IndicatorsDir"/>.</summary>
    public const string IndicatorsVariable = "HEALTHGAP_INDICATORS_DIR";

    /// <summary>The environment variable (read by the edges) that overrides <see cref="ReferenceDataDir"/>.</summary>
    public const string ReferenceDataVariable = "HEALTHGAP_REFERENCE_DIR";

    private static readonly Lazy<HealthGapPaths> ShippedCopy = new(() => Resolve());

    /// <summary>The shipped copies, with no override.</summary>
    public static HealthGapPaths Shipped => ShippedCopy.Value;

    /// <summary>Each folder given (not blank), else the shipped copy.</summary>
    public static HealthGapPaths Resolve(string? codelistsDir = null, string? indicatorsDir = null, string? referenceDataDir = null) => new(
        Given(codelistsDir) ?? ShippedFolder.Find("codelists", "codelists"),
        Given(indicatorsDir) ?? ShippedFolder.Find("indicators", "indicators"),
        Given(referenceDataDir) ?? ShippedFolder.Find("reference", Path.Combine("data", "reference")));

    /// <summary>
    /// The folders named by <see cref="CodelistsVariable"/>, <see cref="IndicatorsVariable"/> and
    /// <see cref="ReferenceDataVariable"/> as <paramref name="variable"/> looks them up (the CLI passes
    /// <c>Environment.GetEnvironmentVariable</c>, the web host its configuration); unset ones are shipped.
    /// </summary>
    public static HealthGapPaths FromVariables(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return Resolve(variable(CodelistsVariable), variable(IndicatorsVariable), variable(ReferenceDataVariable));
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
