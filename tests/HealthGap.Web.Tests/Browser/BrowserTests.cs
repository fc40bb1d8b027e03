using Microsoft.Playwright;

namespace HealthGap.Web.Tests.Browser;

/// <summary>
/// Pages in a real browser: desktop tables fit their column, every page shows its content and menu
/// without JavaScript, filters and the language switch work without it. Every page at each width,
/// language and JavaScript setting is checked by <see cref="PageMatrixTests"/>. Tagged so a quick run
/// can leave them out: <c>dotnet test --filter Category!=Browser</c>.
/// </summary>
[Trait("Category", "Browser")]
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
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

        foreach (var (name, path) in PageRoutes.All)
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
