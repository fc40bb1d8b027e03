using System.Net;

namespace HealthGap.Web.Tests.Api;

public sealed class CsvDownloadsTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task IndicatorsCsv_Filtered_HasReportColumnsAndOnlyMatchingRows()
    {
        var response = await _client.GetAsync("/download/indicators.csv?indicator=hypertension_treated_to_target&area=QWU&period=2024-04-01/2025-03-31&breakdown=imd_decile");
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("indicator_id,period_start,period_end,pooled_years,area_type,area_code,area_name,breakdown,group,numerator,denominator,value,lowercl,uppercl,statistic,method,suppressed,hidden_reason,data_source", lines[0]);
        Assert.Equal(11, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("hypertension_treated_to_target,2024-04-01,2025-03-31,1,icb,QWU,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndicatorsCsv_SuppressedRow_IsEmptyAndMarkedTrue()
    {
        var text = await _client.GetStringAsync("/download/indicators.csv?indicator=smi_physical_health_check&breakdown=homeless");
        var suppressed = text.Split('\n').Where(l => l.EndsWith(",true,privacy,sample", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, l => Assert.Contains(",,,,,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InequalitiesCsv_OneArea_HasEveryPeriodAndIndicator()
    {
        var lines = (await _client.GetStringAsync("/download/inequalities.csv?area=QWU")).TrimEnd('\n').Split('\n');

        Assert.StartsWith("indicator_id,period,area_type,area_code,sii,", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + (5 * 3), lines.Length);
    }

    [Fact]
    public async Task PlacesCsv_FromReferenceData_ListsTheIcbsSixPlaces()
    {
        var lines = (await _client.GetStringAsync("/download/places.csv")).TrimEnd('\n').Split('\n');

        Assert.Equal(7, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("E08000026,Coventry,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitingListDownload_NameOutsideTheFolder_IsNotFound()
    {
        var response = await _client.GetAsync("/download/waiting-list/..%2F..%2Fappsettings.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
