namespace HealthGap.Web.Tests.Localization;

/// <summary>Pages in Polish and Urdu: indicator text translated, numbers in the language's format, Urdu right to left.</summary>
public sealed class LanguagePageTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>
{
    private const string Nbsp = "\u00A0";

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>A page's HTML with the encoder's no-break spaces and left-to-right marks (<c>&amp;#xA0;</c>) written as characters.</summary>
    private async Task<string> Page(string path) =>
        (await _client.GetStringAsync(path)).Replace("&#xA0;", Nbsp, StringComparison.Ordinal)
            .Replace("&#x200E;", "\u200E", StringComparison.Ordinal);

    [Fact]
    public async Task IndicatorPage_Polish_HasPolishIndicatorTextAndPolishNumbers()
    {
        var html = await Page("/indicator/emergency_admissions_dsr?lang=pl");

        Assert.Contains("<h1>Nagłe przyjęcia do szpitala</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Nieplanowane przyjęcia do szpitala na 100" + Nbsp + "000 mieszkańców", html, StringComparison.Ordinal);
        Assert.Contains("na 100" + Nbsp + "000", html, StringComparison.Ordinal);
        Assert.DoesNotContain("100,000", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Unplanned hospital admissions", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_Polish_HasDecimalCommas()
    {
        var html = await Page("/indicator/cancer_early_stage?lang=pl&period=2024-04-01/2025-03-31");

        Assert.Contains("<h1>Nowotwory rozpoznane w stopniu 1 lub 2</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"hg-headline\">60,2 <span class=\"hg-unit\">%</span></p>", html, StringComparison.Ordinal);
        Assert.Contains("57,1", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">60.2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_Urdu_IsRightToLeftWithUrduIndicatorText()
    {
        var html = await Page("/indicator/emergency_admissions_dsr?lang=ur");

        Assert.Contains("<html lang=\"ur\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/css/rtl.css\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1>ہسپتال میں ہنگامی داخلے</h1>", html, StringComparison.Ordinal);
        Assert.Contains("فی 100,000", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Unplanned hospital admissions", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_Urdu_HasUrduIndicatorNamesGroupsAndTheLanguageLink()
    {
        var html = await Page("/?lang=ur");

        Assert.Contains("<html lang=\"ur\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains(">پہلے یا دوسرے مرحلے میں تشخیص ہونے والے کینسر</a>", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"ur\" lang=\"ur\" dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/methods?lang=ur\"", html, StringComparison.Ordinal);
        // A financial year keeps its order after Urdu letters (else it shows as 25-2024).
        Assert.Contains("\u200E2024-25\u200E", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Cancers diagnosed at stage 1 or 2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_Urdu_HasUrduGroupLabels()
    {
        var html = await Page("/indicator/cancer_early_stage?lang=ur");

        Assert.Contains("درجہ 1 (سب سے غریب)", html, StringComparison.Ordinal);
        Assert.Contains("سفید فام", html, StringComparison.Ordinal);
        Assert.Contains("عورت", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_IsLeftToRightWithoutTheMirroredStylesheet()
    {
        var html = await Page("/indicator/emergency_admissions_dsr");

        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rtl.css", html, StringComparison.Ordinal);
        Assert.Contains("per 100,000", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("ur")]
    public async Task DownloadsAndApi_AnyLanguage_StayInvariantAndEnglish(string language)
    {
        var csv = await _client.GetStringAsync($"/download/indicators.csv?indicator=emergency_admissions_dsr&lang={language}");
        var json = await _client.GetStringAsync($"/api/indicators/emergency_admissions_dsr?lang={language}");

        Assert.Contains(",8158.045455,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("8158,045455", csv, StringComparison.Ordinal);
        Assert.Contains("Emergency hospital admissions", json, StringComparison.Ordinal);
    }
}
