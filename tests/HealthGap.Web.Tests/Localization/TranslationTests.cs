using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Web.Localization;

namespace HealthGap.Web.Tests.Localization;

/// <summary>
/// Every text resource is whole in every language, and the English indicator text is the text of the
/// definitions it was translated from.
/// </summary>
public sealed partial class TranslationTests
{
    public static TheoryData<string, string> ResourcesByLanguage
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var resource in new[] { "SharedResource", "IndicatorText" })
            {
                foreach (var language in LanguageMiddleware.Supported.Where(l => l != "en"))
                {
                    data.Add(resource, language);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ResourcesByLanguage))]
    public void Resource_EveryLanguage_HasEveryEnglishKeyWithTheSamePlaceholders(string resource, string language)
    {
        var english = ResxFile(resource, "en");
        var translated = ResxFile(resource, language);

        var missing = english.Keys.Where(k => !translated.TryGetValue(k, out var text) || string.IsNullOrWhiteSpace(text)).ToList();
        var extra = translated.Keys.Where(k => !english.ContainsKey(k)).ToList();
        var placeholders = english.Where(e => translated.TryGetValue(e.Key, out var text) && Placeholders(e.Value) != Placeholders(text)).Select(e => e.Key).ToList();

        Assert.True(missing.Count == 0, $"{resource}.{language}.resx lacks {missing.Count} key(s): {string.Join(", ", missing.Take(20))}");
        Assert.True(extra.Count == 0, $"{resource}.{language}.resx has key(s) English does not: {string.Join(", ", extra)}");
        Assert.True(placeholders.Count == 0, $"{resource}.{language}.resx has other {{0}} placeholders than English in: {string.Join(", ", placeholders)}");
    }

    [Theory]
    [MemberData(nameof(ResourcesByLanguage))]
    public void EmbeddedResource_EveryLanguage_IsTheResxFile(string resource, string language)
    {
        // The app reads the embedded copy; a resx not embedded under its logical name would fall back to English.
        if (resource == "IndicatorText")
        {
            Assert.Equal(ResxFile(resource, language).Count, IndicatorText.All(language).Count);
        }
        else
        {
            var manager = new System.Resources.ResourceManager("HealthGap.Web.Resources.SharedResource." + language, typeof(IndicatorText).Assembly);
            Assert.Equal(ResxFile(resource, language)["NavOverview"], manager.GetString("NavOverview", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void EnglishIndicatorText_IsTheLibraryAndSampleDefinitions()
    {
        var english = IndicatorText.All("en");
        var sources = LibraryText().Concat(SampleCatalogueText()).ToList();

        var differing = sources.Where(s => !english.TryGetValue(s.Key, out var text) || !IndicatorText.SameText(text, s.Text))
            .Select(s => s.Key).Distinct().ToList();
        var orphans = english.Keys.Except(sources.Select(s => s.Key)).ToList();

        Assert.True(differing.Count == 0, "Resources/IndicatorText.resx is not the definitions' English for: " + string.Join(", ", differing)
            + ". Copy the new English there and update the translations (docs/web.md, 'Translating a new indicator').");
        Assert.True(orphans.Count == 0, "Resources/IndicatorText.resx has text for no definition: " + string.Join(", ", orphans));
    }

    [Fact]
    public void IndicatorText_ReportEnglishChanged_ShowsTheReportsEnglishNotAStaleTranslation()
    {
        var original = IndicatorText.All("en")["dsr_emergency_adm.title"];

        Assert.Equal(IndicatorText.All("pl")["dsr_emergency_adm.title"], IndicatorText.In("pl", "dsr_emergency_adm", "title", original));
        Assert.Equal("Emergency admissions, all ages", IndicatorText.In("pl", "dsr_emergency_adm", "title", "Emergency admissions, all ages"));
        Assert.Equal("A local indicator", IndicatorText.In("ur", "local_only", "title", "A local indicator"));
    }

    private static IEnumerable<(string Key, string Text)> LibraryText()
    {
        var library = new DefinitionLoader(CodelistLibrary.Load(Path.Combine(RepositoryRoot(), "codelists"))).LoadDirectory(Path.Combine(RepositoryRoot(), "indicators"));
        Assert.NotEmpty(library);
        return library.SelectMany(d => new[] { (d.Id + ".title", d.Title), (d.Id + ".description", d.Description), (d.Id + ".rationale", d.Rationale), (d.Id + ".source", d.Source) });
    }

    private static IEnumerable<(string Key, string Text)> SampleCatalogueText()
    {
        using var catalogue = JsonDocument.Parse(File.ReadAllText(Path.Combine(HealthGapWebFactory.SampleResults, "catalogue.json")));
        return catalogue.RootElement.EnumerateArray()
            .SelectMany(e => IndicatorText.Fields.Select(f => (e.GetProperty("id").GetString() + "." + f, e.GetProperty(f).GetString() ?? "")))
            .ToList();
    }

    private static Dictionary<string, string> ResxFile(string resource, string language)
    {
        var path = Path.Combine(RepositoryRoot(), "src", "HealthGap.Web", "Resources", language == "en" ? resource + ".resx" : $"{resource}.{language}.resx");
        Assert.True(File.Exists(path), $"{path} is missing");
        return System.Xml.Linq.XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? "", StringComparer.Ordinal);
    }

    private static string Placeholders(string text) =>
        string.Join(',', PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
