namespace HealthGap.Web.Tests.Pages;

/// <summary>
/// Indicators reported on different cycles: a calendar-year cancer indicator beside a financial-year
/// one (fixture <c>calendar-year</c>). Each page must show the periods the indicator actually has.
/// </summary>
public sealed class PeriodDefaultTests : IDisposable
{
    private readonly HealthGapWebFactory _factory = new(HealthGapWebFactory.Fixture("calendar-year"));

    [Fact]
    public async Task IndicatorPage_CalendarYearIndicatorWithoutPeriod_ShowsItsLatestYear()
    {
        var html = await _factory.CreateClient().GetStringAsync("/indicator/cancer_stage_cy");

        Assert.Contains("Integrated Care Board · 2024</span>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"hg-headline\">55 ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-25", html, StringComparison.Ordinal);
        Assert.DoesNotContain("has no figures for", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_FinancialYearAskedOfCalendarYearIndicator_ShowsClosestYearAndSaysSo()
    {
        var html = await _factory.CreateClient().GetStringAsync("/indicator/cancer_stage_cy?period=2024-04-01/2025-03-31");

        Assert.Contains("This indicator has no figures for 2024-25, so the page shows 2024", html, StringComparison.Ordinal);
        Assert.Contains("class=\"hg-headline\">55 ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_UnknownPeriod_Returns400ListingThePeriodsThereAre()
    {
        var response = await _factory.CreateClient().GetAsync("/indicator/cancer_stage_cy?period=1999-01-01/1999-12-31");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("/indicator/cancer_stage_cy?period=2024-01-01%2F2024-12-31", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_FinancialYear_ShowsCalendarYearIndicatorWithItsOwnYear()
    {
        var html = await _factory.CreateClient().GetStringAsync("/");

        Assert.Contains("Figures for 2024", html, StringComparison.Ordinal);
        Assert.Contains("/indicator/cancer_stage_cy?period=2024-01-01%2F2024-12-31", html, StringComparison.Ordinal);
        Assert.Contains("/indicator/screening_fy?period=2024-04-01%2F2025-03-31", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlacePage_FinancialYear_ComparesCalendarYearIndicatorInItsOwnYear()
    {
        var html = await _factory.CreateClient().GetStringAsync("/place/E08000026");

        Assert.Contains("Figures for 2024", html, StringComparison.Ordinal);
        Assert.Contains("50 (43.1 to 56.9)", html, StringComparison.Ordinal);
        Assert.Contains("55 (51 to 58.9)", html, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
