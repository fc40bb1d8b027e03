using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HealthGap.Web.Tests.Browser;

/// <summary>
/// Every page × {1280 px desktop, 375 px phone} × every language the app has text for × {JavaScript
/// on, off}: axe-core finds nothing serious or critical, and on the phone the page does not scroll
/// sideways, chart text is at least 12 px as drawn, and no caption is cut off. A full-page
/// screenshot of each is saved (<c>screenshots/NAME-WIDTH-LANG-js|nojs.png</c>).
/// </summary>
[Trait("Category", "Browser")]
public sealed class PageMatrixTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int Phone = 375;

    /// <summary>The smallest chart text, in CSS pixels as drawn, that a phone may show.</summary>
    private const double MinimumChartText = 12;

    public static TheoryData<string, string, int, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, int, string, bool>();
        foreach (var (name, path) in PageRoutes.All)
        {
            foreach (var width in new[] { 1280, Phone })
            {
                foreach (var language in HealthGapWebHost.SupportedLanguages)
                {
                    foreach (var javaScript in new[] { true, false })
                    {
                        data.Add(name, path, width, language, javaScript);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Page_AtWidthInLanguage_HasNoSeriousProblems(string name, string path, int width, string language, bool javaScript)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);

        var response = await page.GotoAsync(fixture.BaseUrl + PageRoutes.WithLanguage(path, language), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}-{width}-{language}-{(javaScript ? "js" : "nojs")}.png"),
            FullPage = true,
        });
        // axe runs as a script in the page, so with JavaScript off it is run from a twin page with it on.
        var axe = javaScript ? await page.RunAxe() : await AxeWithScript(path, language, width);

        Assert.Equal(200, response?.Status);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Empty(failed);
        var problems = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"axe {v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        if (width == Phone)
        {
            problems.AddRange(await page.EvaluateAsync<string[]>(PhoneLayoutProblemsScript, MinimumChartText));
        }

        Assert.True(problems.Count == 0, $"{path} at {width} px, {language}, JavaScript {(javaScript ? "on" : "off")}: " + string.Join("; ", problems));
    }

    private async Task<Deque.AxeCore.Commons.AxeResult> AxeWithScript(string path, string language, int width)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = true,
        });
        var page = await context.NewPageAsync();
        // The app's own script is left out so the markup is what a browser without JavaScript shows.
        await page.RouteAsync("**/*.js", route => route.AbortAsync());
        await page.GotoAsync(fixture.BaseUrl + PageRoutes.WithLanguage(path, language), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return await page.RunAxe();
    }

    /// <summary>
    /// What a phone shows wrongly: the page wider than the screen, chart text drawn smaller than the
    /// minimum (font size × the SVG's scale), a caption's text running outside what its box shows.
    /// </summary>
    private const string PhoneLayoutProblemsScript = """
        (minimum) => {
          const problems = [];
          const viewport = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > viewport) {
            problems.push(`page is ${document.documentElement.scrollWidth} px wide`);
          }
          for (const text of document.querySelectorAll('svg text')) {
            if (text.getClientRects().length === 0) continue;
            const m = text.getScreenCTM();
            if (!m) continue;
            const drawn = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
            if (drawn < minimum) {
              problems.push(`chart text "${text.textContent.slice(0, 30)}" in #${text.closest('svg').id || text.closest('figure')?.querySelector('figcaption')?.textContent.slice(0, 30)} is ${drawn.toFixed(1)} px`);
              break;
            }
          }
          for (const caption of document.querySelectorAll('caption, figcaption')) {
            if (caption.getClientRects().length === 0) continue;
            const range = document.createRange();
            range.selectNodeContents(caption);
            const text = range.getBoundingClientRect();
            if (text.width === 0) continue;
            let left = 0, right = viewport;
            for (let box = caption.parentElement; box; box = box.parentElement) {
              if (getComputedStyle(box).overflowX !== 'visible') {
                const r = box.getBoundingClientRect();
                left = Math.max(left, r.left); right = Math.min(right, r.right);
              }
            }
            if (text.left < left - 1 || text.right > right + 1) {
              problems.push(`caption "${caption.textContent.trim().slice(0, 40)}" runs from ${text.left.toFixed(0)} to ${text.right.toFixed(0)} px, shown ${left.toFixed(0)}-${right.toFixed(0)}`);
            }
          }
          return problems;
        }
        """;
}
