using System.Runtime.CompilerServices;
using HealthGap.Core.Vocabulary;
using HealthGap.Web.Localization;
using HealthGap.Web.Results;
using HealthGap.TestSupport.Sample;

namespace HealthGap.Web.Tests.Results;

/// <summary>
/// Every breakdown the report writes has a place on the indicator page (or a stated reason to be in the
/// download only), a label in every language, and shows up on the page: none is silently dropped.
/// </summary>
public sealed class BreakdownDisplayTests
{

    public static TheoryData<string> ShownBreakdowns =>
        [.. BreakdownNames.Catalogue.Where(b => BreakdownDisplay.SectionOf(b) is not (IndicatorPageSection.Total or IndicatorPageSection.DownloadOnly))];

    [Fact]
    public void SectionOf_EveryPlusFlagOfTheVocabulary_IsThePlusSection()
    {
        Assert.All(PlusFlag.All, f => Assert.Equal(IndicatorPageSection.Plus, BreakdownDisplay.SectionOf(f.Name)));
    }

    [Fact]
    public void SectionOf_BreakdownTheVocabularyDoesNotKnow_IsOtherNotDropped()
    {
        Assert.Equal(IndicatorPageSection.Other, BreakdownDisplay.SectionOf("registration_length"));
    }

    [Theory]
    [MemberData(nameof(ShownBreakdowns))]
    public void Label_EveryBreakdownThePageShows_IsInEveryLanguage(string breakdown)
    {
        foreach (var language in LanguageMiddleware.Supported)
        {
            var path = Path.Combine(RepositoryRoot(), "src", "HealthGap.Web", "Resources", language == "en" ? "SharedResource.resx" : $"SharedResource.{language}.resx");
            var keys = System.Xml.Linq.XDocument.Load(path).Root!.Elements("data").Select(e => (string)e.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
            Assert.True(keys.Contains(BreakdownNames.LabelKey(breakdown)), $"{Path.GetFileName(path)} has no {BreakdownNames.LabelKey(breakdown)}: add the label (docs/indicators.md, adding a breakdown).");
        }
    }

    [Fact]
    public async Task IndicatorPage_EveryPlusFlagOfTheVocabulary_IsShownWithItsLabel()
    {
        using var sample = new EditedSample(c => c.AddRows(PlusFlag.All.SelectMany(f => new[]
        {
            EditedSample.Icb2425(f.Name, "Yes", 140, 250, 56, 49.8, 62.0),
            EditedSample.Icb2425(f.Name, "No", 1200, 2150, 55.8, 53.7, 57.9),
        })));

        var html = await sample.Client().GetStringAsync("/indicator/cancer_early_stage");
        var plus = html[html.IndexOf("id=\"plus\"", StringComparison.Ordinal)..];

        var english = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot(), "src", "HealthGap.Web", "Resources", "SharedResource.resx"))
            .Root!.Elements("data").ToDictionary(e => (string)e.Attribute("name")!, e => (string)e.Element("value")!, StringComparer.Ordinal);
        Assert.All(PlusFlag.All, f => Assert.Contains(System.Net.WebUtility.HtmlEncode(english[f.LabelKey]), plus, StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndicatorPage_BreakdownWithNoSectionOfItsOwn_IsShownUnderOtherGroups()
    {
        using var sample = new EditedSample(c => c.AddRows(
            EditedSample.Icb2425("registration_length", "Under 1 year", 140, 250, 56, 49.8, 62.0),
            EditedSample.Icb2425("registration_length", "1 year or more", 1200, 2150, 55.8, 53.7, 57.9)));

        var html = await sample.Client().GetStringAsync("/indicator/cancer_early_stage");
        var other = html[html.IndexOf("id=\"other\"", StringComparison.Ordinal)..];

        Assert.Contains("Under 1 year", other, StringComparison.Ordinal);
        Assert.Contains("1 year or more", other, StringComparison.Ordinal);
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
