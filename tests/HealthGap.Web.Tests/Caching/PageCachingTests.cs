using System.Net.Http.Headers;
using HealthGap.Web.Caching;
using HealthGap.Web.Results;
using Microsoft.Extensions.DependencyInjection;

namespace HealthGap.Web.Tests.Caching;

/// <summary>The output cache and fragment cache must never serve a page in the wrong language or from an old report.</summary>
public sealed class PageCachingTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>
{
    [Fact]
    public async Task Overview_SameUrlOtherAcceptLanguage_ServedInThatLanguage()
    {
        var client = factory.CreateClient();
        var english = await client.GetStringAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("pl"));

        var polish = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"pl\" dir=\"ltr\">", polish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_SecondRequest_SameHtml()
    {
        var client = factory.CreateClient();

        var first = await client.GetStringAsync("/indicator/cancer_early_stage?area=E08000026");
        var second = await client.GetStringAsync("/indicator/cancer_early_stage?area=E08000026");
        var other = await client.GetStringAsync("/indicator/cancer_early_stage");

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void FragmentCache_OtherResultsVersion_RendersAgain()
    {
        using var cache = new FragmentCache();
        var a = ResultSet.Empty("a");
        var b = ResultSet.Empty("b");
        var renders = 0;

        var first = cache.GetOrRender(a, "map", () => "svg" + ++renders);
        var again = cache.GetOrRender(a, "map", () => "svg" + ++renders);
        var newer = cache.GetOrRender(b, "map", () => "svg" + ++renders);

        Assert.Equal("svg1", first);
        Assert.Equal("svg1", again);
        Assert.Equal("svg2", newer);
        Assert.NotEqual(a.Version, b.Version);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/indicator/cancer_early_stage", true)]
    [InlineData("/place/E08000026", true)]
    [InlineData("/waiting-list", false)]
    [InlineData("/funding", false)]
    [InlineData("/indicators-extra", false)]
    public void IsReportPage_Path_OnlyPagesThatReadTheReportAlone(string path, bool cached)
    {
        Assert.Equal(cached, PageCaching.IsReportPage(path));
    }

    [Fact]
    public void Services_FragmentCache_IsOneSharedInstance()
    {
        Assert.Same(factory.Services.GetRequiredService<FragmentCache>(), factory.Services.GetRequiredService<FragmentCache>());
    }
}
