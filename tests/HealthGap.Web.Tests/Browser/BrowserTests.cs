using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HealthGap.Web.Tests.Browser;

/// <summary>
/// Every page in a real browser: it loads, a screenshot is saved, axe-core finds no serious or
/// critical problem, and it works without JavaScript. Tagged so a quick run can leave them out:
/// <c>dotnet test --filter Category!=Browser</c>.
/// </summary>
[Trait("Category", "Browser")]
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "overview", "/" },
        { "indicator", "/indicator/cancer_early_stage" },
        { "indicator-list", "/indicator" },
        { "place", "/place/E08000026" },
        { "places", "/place" },
        { "waiting-list", "/waiting-list" },
        { "methods", "/methods" },
        { "data-use", "/how-your-data-is-used" },
        { "funding", "/funding?icb=QE1" },
        { "funding-ledger", "/funding/ledger" },
        { "overview-pl", "/?lang=pl" },
        { "indicator-pl", "/indicator/emergency_admissions_dsr?lang=pl&area=E08000026" },
        { "overview-ur", "/?lang=ur" },
        { "indicator-ur", "/indicator/emergency_admissions_dsr?lang=ur&area=E08000026" },
        { "data-use-ur", "/how-your-data-is-used?lang=ur" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InChromium_LoadsWithNoSeriousAccessibilityProblems(string name, string path)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);

        var response = await page.GotoAsync(fixture.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });
        var axe = await page.RunAxe();

        Assert.Equal(200, response?.Status);
        Assert.Empty(failed);
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(serious.Count == 0, $"{path}: " + string.Join("; ", serious));
    }

    [Fact]
    public async Task EveryPage_OnA375PixelPhone_NeverScrollsSideways()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        var tooWide = new List<string>();

        foreach (var (name, path) in Pages.Select(row => ((string)row[0], (string)row[1])))
        {
            await page.GotoAsync(fixture.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + "-375.png"), FullPage = true });
            // Wide tables scroll inside their own box (or stack as cards); the page itself must not.
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 375)
            {
                tooWide.Add($"{path} is {width} px wide");
            }
        }

        Assert.True(tooWide.Count == 0, string.Join("; ", tooWide));
    }

    [Fact]
    public async Task Tables_OnA1280PixelDesktop_FitTheirColumn()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var overflowing = new List<string>();

        foreach (var path in new[] { "/", "/waiting-list", "/place/E08000026" })
        {
            await page.GotoAsync(fixture.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // The widest table's right edge against the page column's (the overview table once overflowed it
            // by a whole column). NHS.UK's responsive table is 4 px wider than its column by design.
            var overflow = await page.EvaluateAsync<double>(
                "Math.max(0, ...[...document.querySelectorAll('main table')].map(t => t.getBoundingClientRect().right - document.querySelector('main').getBoundingClientRect().right))");
            if (overflow > 4)
            {
                overflowing.Add($"{path}: a table reaches {overflow} px past the page column");
            }
        }

        Assert.True(overflowing.Count == 0, string.Join("; ", overflowing));
    }

    [Fact]
    public async Task EveryPage_WithoutJavaScript_ShowsItsContentAndMenu()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        foreach (var (name, path) in Pages.Select(row => ((string)row[0], (string)row[1])))
        {
            var response = await page.GotoAsync(fixture.BaseUrl + path);

            Assert.Equal(200, response?.Status);
            Assert.True(await page.Locator("h1").IsVisibleAsync(), name);
            Assert.True(await page.Locator("nav a").CountAsync() >= 6, name);
        }
    }

    [Fact]
    public async Task IndicatorFilter_WithoutJavaScript_PutsTheChoiceInAShareableUrl()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/indicator/cancer_early_stage");

        await page.SelectOptionAsync("#area", "E07000222");
        await page.SelectOptionAsync("#period", "2022-04-01/2023-03-31");
        await page.ClickAsync("form.hg-filter button");
        await page.WaitForURLAsync("**area=E07000222**");

        Assert.Contains("area=E07000222", page.Url, StringComparison.Ordinal);
        Assert.Contains("period=2022-04-01", page.Url, StringComparison.Ordinal);
        Assert.Contains("Warwick", await page.Locator(".nhsuk-caption-l").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_WithoutJavaScript_KeepsThePageAndFilters()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/indicator/cancer_early_stage?area=E08000026");

        await page.ClickAsync("a[hreflang=pl]");
        await page.WaitForURLAsync("**lang=pl**");

        Assert.Contains("area=E08000026", page.Url, StringComparison.Ordinal);
        Assert.Equal("pl", await page.GetAttributeAsync("html", "lang"));
    }
}
