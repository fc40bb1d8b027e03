using HealthGap.TestSupport.WaitingList;
using Microsoft.Playwright;

namespace HealthGap.Cli.Tests.WaitingList;

/// <summary>
/// Opens the waiting-list report in a real browser (Debian chromium through Playwright) with
/// JavaScript off, and checks it makes no request beyond its own file and draws its charts.
/// Set HEALTHGAP_SCREENSHOT to a .png path to keep a full-page screenshot.
/// </summary>
public sealed class WaitingListReportBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"healthgap-wl-browser-{Guid.NewGuid():N}");

    [Fact]
    [Trait("Category", "Browser")]
    public async Task Report_InChromiumWithoutJavaScript_NoExternalRequestsAndChartsDrawn()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run .ci/setup.d/31-chromium-waiting.sh (apt-get install chromium).");
        using var store = WaitingListTestStore.Create(new PlantedWaits(People: 4000));
        var (exitCode, _, error) = CliRunner.Run("waiting-list", "--store", store.Path, "--snapshot", "2025-03-31", "--out", _out);
        Assert.True(exitCode == 0, error);
        var report = new Uri(Path.Combine(_out, "report.html")).AbsoluteUri;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = 1100, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(report);

        Assert.Equal([report], requests);
        Assert.StartsWith("Waiting times by group", await page.TitleAsync());
        var charts = page.Locator("svg.chart");
        Assert.True(await charts.CountAsync() >= 20);
        var box = await charts.First.BoundingBoxAsync();
        Assert.True(box is { Width: > 500, Height: > 100 }, "the first chart should be drawn at a readable size");
        Assert.True(await page.Locator("svg.chart rect.median").CountAsync() > 10);
        Assert.Contains("people who need an interpreter", await page.Locator("#summary").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        var keep = Environment.GetEnvironmentVariable("HEALTHGAP_SCREENSHOT");
        var screenshot = keep ?? Path.Combine(_out, "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = keep is not null });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        if (keep is not null)
        {
            foreach (var id in new[] { "glance", "summary", "gaps", "distributions", "specialty", "intersections", "completed", "method", "disclosure" })
            {
                await page.Locator("#" + id).ScreenshotAsync(new LocatorScreenshotOptions { Path = $"{keep}-{id}.png" });
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }
}
