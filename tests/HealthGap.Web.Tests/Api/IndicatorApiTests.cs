using System.Net;
using System.Text.Json;

namespace HealthGap.Web.Tests.Api;

public sealed class IndicatorApiTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListIndicators_SampleResults_ReturnsEveryCatalogueEntryWithPeriods()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/indicators"));

        Assert.Equal(5, doc.RootElement.GetArrayLength());
        var first = doc.RootElement[0];
        Assert.Equal("cancer_early_stage", first.GetProperty("id").GetString());
        Assert.Equal(3, first.GetProperty("periods").GetArrayLength());
    }

    [Fact]
    public async Task GetIndicator_DecileFilter_ReturnsTenGatedRows()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync(
            "/api/indicators/cancer_early_stage?area=QWU&period=2024-04-01/2025-03-31&breakdown=imd_decile"));

        var values = doc.RootElement.GetProperty("values");
        Assert.Equal(10, values.GetArrayLength());
        Assert.All(values.EnumerateArray(), v => Assert.Equal("imd_decile", v.GetProperty("breakdown").GetString()));
        Assert.Contains("HealthGap standard", doc.RootElement.GetProperty("disclosurePolicy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIndicator_SuppressedCell_HasNoValueNeverZero()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/indicators/cancer_early_stage?area_type=pcn"));

        var suppressed = doc.RootElement.GetProperty("values").EnumerateArray()
            .Concat(JsonDocument.Parse(await _client.GetStringAsync("/api/indicators/smi_physical_health_check?breakdown=homeless")).RootElement.GetProperty("values").EnumerateArray())
            .Where(v => v.GetProperty("suppressed").GetBoolean()).ToList();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, v =>
        {
            Assert.Equal(JsonValueKind.Null, v.GetProperty("value").ValueKind);
            Assert.Equal(JsonValueKind.Null, v.GetProperty("numerator").ValueKind);
        });
    }

    [Fact]
    public async Task GetIndicator_UnknownId_Returns404NamingTheKnownOnes()
    {
        var response = await _client.GetAsync("/api/indicators/not_an_indicator");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("cancer_early_stage", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListInequalities_AreaAndPeriod_ReturnsOneSummaryPerIndicator()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/inequalities?area=QWU&period=2023-04-01/2024-03-31"));

        Assert.Equal(5, doc.RootElement.GetArrayLength());
        Assert.All(doc.RootElement.EnumerateArray(), i => Assert.True(i.GetProperty("sii").ValueKind == JsonValueKind.Number));
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApiButNotTheDownloads()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/openapi/v1.json"));

        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/indicators", paths);
        Assert.Contains("/api/indicators/{id}", paths);
        Assert.Contains("/api/inequalities", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/download", StringComparison.Ordinal));
    }
}
