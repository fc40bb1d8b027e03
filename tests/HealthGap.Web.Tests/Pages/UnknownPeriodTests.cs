using System.Net;

namespace HealthGap.Web.Tests.Pages;

/// <summary>
/// A period the results do not have is the asker's mistake: every page, download and API answer says
/// 400 with the periods there are, and nothing shows where the results live on the server.
/// </summary>
public sealed class UnknownPeriodTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/?period=zzz")]
    [InlineData("/place/E08000026?period=2099-00")]
    [InlineData("/indicator/cancer_early_stage?period=zzz")]
    public async Task Page_UnknownPeriod_Is400WithTheValidPeriodsAndNoServerPath(string path)
    {
        var response = await _client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("No figures for that period", html, StringComparison.Ordinal);
        Assert.Contains(">2023-24</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No results yet", html, StringComparison.Ordinal);
        Assert.DoesNotContain(HealthGapWebFactory.SampleResults, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/indicators/cancer_early_stage?period=zzz")]
    [InlineData("/api/inequalities?period=zzz")]
    [InlineData("/download/indicators.csv?period=zzz")]
    [InlineData("/download/inequalities.csv?period=zzz")]
    public async Task ApiOrDownload_UnknownPeriod_Is400ListingThePeriods(string path)
    {
        var response = await _client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("No period 'zzz'", text, StringComparison.Ordinal);
        Assert.Contains("2023-24", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/methods")]
    [InlineData("/waiting-list")]
    [InlineData("/")]
    public async Task Page_NeverShowsTheResultsFolderPath(string path)
    {
        var html = await _client.GetStringAsync(path);

        Assert.DoesNotContain(HealthGapWebFactory.SampleResults, html, StringComparison.Ordinal);
        Assert.DoesNotContain(AppContext.BaseDirectory.TrimEnd('/'), html, StringComparison.Ordinal);
    }
}
