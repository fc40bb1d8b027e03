using System.Net;
using System.Net.Http.Headers;

namespace HealthGap.Web.Tests.Pages;

public sealed class PageTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>
{
    /// <summary>Every page of the site, as a visitor reaches it.</summary>
    public static TheoryData<string> Pages =>
    [
        "/", "/indicator", "/indicator/cancer_early_stage", "/indicator/emergency_admissions_dsr?area=E08000026&period=2023-04-01/2024-03-31",
        "/place", "/place/E08000026", "/waiting-list", "/methods", "/how-your-data-is-used", "/funding", "/funding/ledger",
    ];

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_SampleResults_LoadsLightWithSampleBannerAndNoExternalRequests(string path)
    {
        var response = await _client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
        Assert.Contains("Sample figures", html, StringComparison.Ordinal);
        Assert.True(html.Length < 300_000, $"{path} is {html.Length} bytes; pages must stay under 300 KB.");
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_SampleResults_HasEveryChartWithTitleDescAndATableBeside()
    {
        var html = await _client.GetStringAsync("/indicator/cancer_early_stage");

        foreach (var id in new[] { "gradient-chart", "ethnicity-chart", "plus-chart", "trend-chart", "funnel-chart", "place-map" })
        {
            Assert.Contains($"aria-labelledby=\"{id}-title {id}-desc\"", html, StringComparison.Ordinal);
            Assert.Contains($"<title id=\"{id}-title\">", html, StringComparison.Ordinal);
            Assert.Contains($"<desc id=\"{id}-desc\">", html, StringComparison.Ordinal);
        }

        // A chart is an image with a name; a legend's colour swatch is decoration hidden from screen readers.
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<svg[^>]*>").Select(m => m.Value),
            svg => Assert.True(svg.Contains("role=\"img\"", StringComparison.Ordinal) || svg.Contains("aria-hidden=\"true\"", StringComparison.Ordinal), svg));
        Assert.True(CountOf(html, "<table") >= 6);
        Assert.True(CountOf(html, "/download/") >= CountOf(html, "<table"), "every table needs a CSV download beside it");
        Assert.Contains("Decile 1 (most deprived)", html, StringComparison.Ordinal);
        Assert.Contains("Hidden to protect privacy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_QueryPeriod_ShowsThatPeriodAndKeepsItInLinks()
    {
        var html = await _client.GetStringAsync("/?period=2023-04-01/2024-03-31");

        Assert.Contains("Where the gaps are widest, 2023-24", html, StringComparison.Ordinal);
        Assert.Contains("/indicator/cancer_early_stage?period=2023-04-01%2F2024-03-31", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_LangQuery_IsPolishAndLinksKeepTheLanguage()
    {
        var html = await _client.GetStringAsync("/?lang=pl");

        Assert.Contains("<html lang=\"pl\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Jak sprawiedliwie rozkłada się zdrowie", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/methods?lang=pl\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_AcceptLanguagePolish_IsPolish()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/how-your-data-is-used");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("pl-PL"));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en", 0.5));

        var html = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"pl\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Krajowa rezygnacja z udostępniania danych", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_AcceptLanguageUnsupported_IsEnglish()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));

        var html = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/indicator/not_an_indicator")]
    [InlineData("/place/E99999999")]
    [InlineData("/no-such-page")]
    public async Task UnknownThing_Returns404WithAHelpfulPage(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticAssets_NhsukFrontend_AreServedFromBesideTheBinaries()
    {
        var css = await _client.GetAsync("/nhsuk/nhsuk-frontend.min.css");
        var js = await _client.GetAsync("/nhsuk/nhsuk-frontend.min.js");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Contains(".nhsuk-header", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
