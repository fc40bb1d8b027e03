using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HealthGap.Web.Tests.Browser;

/// <summary>
/// The funding-ledger page before anything is recorded (as <c>healthgap demo</c> first shows it): its
/// example commands and the ledger's path must wrap on a phone, not push the page sideways.
/// </summary>
[Trait("Category", "Browser")]
public sealed class EmptyLedgerBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("pl")]
    public async Task FundingLedger_NothingRecordedOnA375PixelPhone_FitsTheScreen(string language)
    {
        var missing = Path.Combine(Path.GetTempPath(), $"healthgap-no-ledger-{Guid.NewGuid():N}", "a-ledger-file-with-a-long-name-nobody-made.db");
        await using var app = HealthGapWebHost.Build(new WebOptions
        {
            ResultsDirectory = HealthGapWebFactory.SampleResults, Urls = "http://127.0.0.1:0", Quiet = true, LedgerPath = missing,
        });
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(baseUrl + "/funding/ledger?lang=" + language, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"funding-ledger-empty-375-{language}.png"), FullPage = true });
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var axe = await page.RunAxe();
        await app.StopAsync();

        Assert.Contains("funding ledger import", await page.Locator("pre").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(width <= 375, $"the empty ledger page is {width} px wide");
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
    }
}
