namespace HealthGap.Synthetic.Tests;

/// <summary>Finds the repository checkout the tests run in (for docs/ and codelists/).</summary>
internal static class Locate
{
    public static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docs", "extracts.md")) && Directory.Exists(Path.Combine(dir.FullName, "codelists")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the tests inside a HealthGap checkout (docs/extracts.md not found above the test binaries).");
    }
}
