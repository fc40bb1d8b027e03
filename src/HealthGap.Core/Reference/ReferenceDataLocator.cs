namespace HealthGap.Core.Reference;

/// <summary>
/// Finds the shipped reference data: <c>HEALTHGAP_REFERENCE_DIR</c> if set, else the
/// <c>reference/</c> folder copied beside the binaries by the build, else <c>data/reference/</c>
/// in a parent folder (a checkout).
/// </summary>
public static class ReferenceDataLocator
{
    /// <summary>The environment variable that overrides where reference data is read from.</summary>
    public const string EnvironmentVariable = "HEALTHGAP_REFERENCE_DIR";

    /// <summary>The folder to load reference data from.</summary>
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "reference");
        if (Directory.Exists(besideBinaries))
        {
            return besideBinaries;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return besideBinaries;
    }
}
