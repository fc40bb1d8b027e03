using HealthGap.Core.Indicators.Definitions;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Definitions;

public sealed class CatalogueMarkdownTests
{
    [Fact]
    public void DocsIndicatorsMd_IsUpToDateWithTheLibrary()
    {
        var root = Path.Combine(SourceDirectory(), "..", "..", "..");
        var expected = CatalogueMarkdown.Generate(Loader.LoadDirectory(Path.Combine(root, "indicators")));
        var path = Path.Combine(root, "docs", "indicators.md");

        if (Environment.GetEnvironmentVariable("HEALTHGAP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            File.Exists(path) && File.ReadAllText(path) == expected,
            "docs/indicators.md is out of date: run 'healthgap report --catalogue docs/indicators.md' (or the tests with HEALTHGAP_UPDATE_GOLDEN=1) and commit it.");
    }

    [Fact]
    public void Generate_ListsEveryIndicatorWithItsTarget()
    {
        var library = Loader.LoadDirectory(Path.Combine(SourceDirectory(), "..", "..", "..", "indicators"));

        var markdown = CatalogueMarkdown.Generate(library);

        Assert.All(library, d => Assert.Contains($"## {d.Id}", markdown, StringComparison.Ordinal));
        Assert.Contains("| 75 by 2028 |", markdown, StringComparison.Ordinal);
    }
}
