using System.Text.Json;
using Microsoft.Playwright;

namespace HealthGap.Web.Tests.Browser;

/// <summary>
/// Urdu pages in chromium: the letters are drawn with a font that has them (not empty boxes), and
/// the page is mirrored: headings start at the right, a table's first column is on the right, while
/// charts keep their left-to-right axes.
/// </summary>
[Trait("Category", "Browser")]
public sealed class RightToLeftTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task UrduHeading_InChromium_IsDrawnWithAnArabicScriptFont()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/?lang=ur");
        var cdp = await context.NewCDPSessionAsync(page);

        // The fonts chromium actually used for the heading's text, as the platform reports them.
        var document = await cdp.SendAsync("DOM.getDocument");
        var node = await cdp.SendAsync("DOM.querySelector", new() { ["nodeId"] = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32(), ["selector"] = "main h1" });
        await cdp.SendAsync("CSS.enable");
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new() { ["nodeId"] = node!.Value.GetProperty("nodeId").GetInt32() });
        var used = fonts!.Value.GetProperty("fonts").EnumerateArray()
            .Select(f => (Family: f.GetProperty("familyName").GetString() ?? "", Glyphs: f.GetProperty("glyphCount").GetDouble())).ToList();

        // The heading also holds the ICB's English name, drawn in a Latin font; every Urdu letter must
        // come from an Arabic-script font (Nastaliq draws a letter with one glyph or more).
        var urduLetters = (await page.Locator("main h1").InnerTextAsync()).Count(c => c is >= '\u0600' and <= '\u06FF');
        var arabicScript = used.Where(f => f.Family.StartsWith("Noto Nastaliq Urdu", StringComparison.Ordinal) || f.Family.StartsWith("Noto Naskh Arabic", StringComparison.Ordinal)).Sum(f => f.Glyphs);
        Assert.True(urduLetters > 10 && arabicScript >= urduLetters, $"{urduLetters} Urdu letters; the heading was drawn with " + JsonSerializer.Serialize(used.Select(f => $"{f.Family}: {f.Glyphs}")));
    }

    [Fact]
    public async Task UrduPage_InChromium_IsMirroredButChartsReadLeftToRight()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/?lang=ur");

        // Where the heading's first line of text starts, against the heading box: at the right in Urdu.
        var headingGap = await page.EvaluateAsync<double>(
            "(() => { const h = document.querySelector('main h1'); const r = document.createRange(); r.selectNodeContents(h); return h.getBoundingClientRect().right - r.getClientRects()[0].right; })()");
        var firstColumnGap = await page.EvaluateAsync<double>(
            "(() => { const t = document.querySelector('main table'); return t.getBoundingClientRect().right - t.querySelector('th').getBoundingClientRect().right; })()");

        Assert.InRange(headingGap, -1, 2);
        Assert.InRange(firstColumnGap, -1, 4);

        // The financial year after Urdu letters reads 2024-25 from left to right, not 25-2024.
        var yearReadsLeftToRight = await page.EvaluateAsync<bool>(
            "(() => { const t = [...document.querySelectorAll('main h2')].map(h => h.firstChild).find(n => n && n.textContent.includes('2024-25'));"
            + " const i = t.textContent.indexOf('2024-25'); const x = k => { const r = document.createRange(); r.setStart(t, k); r.setEnd(t, k + 1); return r.getBoundingClientRect().left; };"
            + " return x(i) < x(i + 5); })()");
        Assert.True(yearReadsLeftToRight, "the year in the Urdu heading is drawn right to left (25-2024)");

        await page.GotoAsync(fixture.BaseUrl + "/indicator/cancer_early_stage?lang=ur");
        Assert.Equal("ltr", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('svg.hg-chart')).direction"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main')).direction"));
    }
}
