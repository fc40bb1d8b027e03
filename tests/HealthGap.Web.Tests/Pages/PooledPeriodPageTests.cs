using System.Net;
using System.Text.Json;

namespace HealthGap.Web.Tests.Pages;

/// <summary>
/// A report with a pooled period (2022-23 to 2024-25, <c>pooled_years</c> 3) for one indicator: the
/// period choice lists it in words, its page says which years are combined, and the API and the
/// <c>?period=</c> parameter take it by its dates or its label.
/// </summary>
public sealed class PooledPeriodPageTests : IDisposable
{
    private const string PoolKey = "2022-04-01/2025-03-31";

    private readonly EditedSample _sample = new(contents => contents with
    {
        // Three years' counts: each 2024-25 row of the indicator again, as the pool (counts ×3 keep its value).
        Rows = [.. contents.Rows, .. contents.Rows.Where(r => r is { IndicatorId: "cancer_early_stage", Period: "2024-25" }).Select(r => r with
        {
            PeriodStart = new DateOnly(2022, 4, 1),
            Period = "2022-23 to 2024-25",
            PooledYears = 3,
            Cell = r.Cell with { Numerator = r.Cell.Numerator * 3, Denominator = r.Cell.Denominator * 3 },
        })],
    });

    [Fact]
    public async Task IndicatorPage_PeriodChoice_ListsThePoolInWords()
    {
        var html = await _sample.Client().GetStringAsync("/indicator/cancer_early_stage");

        Assert.Contains($"<option value=\"{PoolKey}\">3 years combined, April 2022 to March 2025</option>", html, StringComparison.Ordinal);
        // The default stays the latest single year.
        Assert.Contains("selected=\"selected\">2024-25</option>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PoolKey)]
    [InlineData("2022-23 to 2024-25")]
    public async Task IndicatorPage_PoolChosen_SaysTheYearsCombined(string period)
    {
        var html = await _sample.Client().GetStringAsync("/indicator/cancer_early_stage?period=" + Uri.EscapeDataString(period));

        Assert.Contains("· 3 years combined, April 2022 to March 2025</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{PoolKey}\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("has no figures for", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_PoolInPolishAndUrdu_InTheirWords()
    {
        var polish = await _sample.Client().GetStringAsync($"/indicator/cancer_early_stage?period={Uri.EscapeDataString(PoolKey)}&lang=pl");
        var urdu = await _sample.Client().GetStringAsync($"/indicator/cancer_early_stage?period={Uri.EscapeDataString(PoolKey)}&lang=ur");

        Assert.Contains("3-letni okres łączny, od kwietnia 2022 do marca 2025", polish, StringComparison.Ordinal);
        Assert.Contains("3 سال ملا کر، اپریل 2022 سے مارچ 2025 تک", urdu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_ListsThePoolAndRefusesAnUnknownOneWithTheValidPeriods()
    {
        using var doc = JsonDocument.Parse(await _sample.Client().GetStringAsync("/api/indicators/cancer_early_stage?period=" + Uri.EscapeDataString("2022-23 to 2024-25") + "&area_type=icb&breakdown=all"));
        Assert.Contains(PoolKey, doc.RootElement.GetProperty("indicator").GetProperty("periods").EnumerateArray().Select(p => p.GetString()));
        var value = Assert.Single(doc.RootElement.GetProperty("values").EnumerateArray());
        Assert.Equal("2022-04-01", value.GetProperty("periodStart").GetString());

        var response = await _sample.Client().GetAsync("/api/indicators/cancer_early_stage?period=" + Uri.EscapeDataString("2019-20 to 2021-22"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{PoolKey} (3 years combined, April 2022 to March 2025)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _sample.Dispose();
}
