using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HealthGap.Web.Tests.Api;

/// <summary>The ledger over HTTP, on a fresh SQLite ledger per test (the store itself is tested on SQLite and PostgreSQL).</summary>
public sealed class LedgerApiTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>, IDisposable
{
    private const string Key = "test-ledger-key";
    private readonly string _ledger = Path.Combine(Path.GetTempPath(), $"healthgap-web-ledger-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Post_ValidCommitment_IsCreatedAndListedAndCounted()
    {
        using var client = Client(Key);

        var allocation = await client.PostAsJsonAsync("/api/ledger/entries", Entry("allocation", null, 50_000_000));
        var created = await client.PostAsJsonAsync("/api/ledger/entries", Entry("commitment", "vcse", 12_345_600));

        Assert.Equal(HttpStatusCode.Created, allocation.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var entry = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal("vcse", entry.RootElement.GetProperty("category").GetString());
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/ledger/entries?year=2024/25"));
        Assert.Equal(2, list.RootElement.GetArrayLength());
        using var report = JsonDocument.Parse(await client.GetStringAsync("/api/ledger/report?year=2024/25"));
        Assert.Equal(50_000_000, report.RootElement.GetProperty("allocatedPence").GetInt64());
        Assert.Equal(12_345_600, report.RootElement.GetProperty("committedToPurposePence").GetInt64());
        Assert.Equal(0.246912, report.RootElement.GetProperty("shareUsedForPurpose").GetDouble(), 6);
    }

    [Theory]
    [InlineData("commitment", null, 100, "needs a category")]
    [InlineData("commitment", "vcse", -100, "negative")]
    [InlineData("commitment", "lunch", 100, "not a spend category")]
    [InlineData("refund", "vcse", 100, "kind 'refund' is not known")]
    public async Task Post_InvalidEntry_Is400WithTheLedgersMessage(string kind, string? category, long pence, string message)
    {
        using var client = Client(Key);

        var response = await client.PostAsJsonAsync("/api/ledger/entries", Entry(kind, category, pence));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("[]", await client.GetStringAsync("/api/ledger/entries"));
    }

    [Fact]
    public async Task Post_WrongKey_Is401AndNothingIsWritten()
    {
        using var client = Client("not-the-key");

        var response = await client.PostAsJsonAsync("/api/ledger/entries", Entry("commitment", "pilot", 100));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(File.Exists(_ledger));
    }

    [Fact]
    public async Task Post_NoKeyConfigured_Is403SayingHowToSwitchItOn()
    {
        using var client = factory.WithWebHostBuilder(b => b.UseSetting(WebOptions.LedgerKey, _ledger)).CreateClient();

        var response = await client.PostAsJsonAsync("/api/ledger/entries", Entry("commitment", "pilot", 100));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("HealthGap:LedgerApiKey", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_NoLedgerYet_Is404ExplainingHowToStartOne()
    {
        using var client = Client(Key);

        var response = await client.GetAsync("/api/ledger/report?year=2024/25");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ledger import", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(_ledger));
    }

    [Fact]
    public async Task Report_BadYear_Is400()
    {
        using var client = Client(Key);

        var response = await client.GetAsync("/api/ledger/report?year=2024-25");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY/YY", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheLedgerApi()
    {
        using var client = Client(Key);

        var document = await client.GetStringAsync("/api/openapi/v1.json");

        Assert.Contains("/api/ledger/entries", document, StringComparison.Ordinal);
        Assert.Contains("AddLedgerEntry", document, StringComparison.Ordinal);
        Assert.Contains("GetLedgerReport", document, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _ledger, _ledger + "-wal", _ledger + "-shm" })
        {
            File.Delete(file);
        }
    }

    private HttpClient Client(string key)
    {
        var client = factory.WithWebHostBuilder(b => b.UseSetting(WebOptions.LedgerKey, _ledger).UseSetting(WebOptions.LedgerApiKeyKey, Key)).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static object Entry(string kind, string? category, long pence) => new
    {
        kind, financialYear = "2024/25", placeCode = "E06000009", placeName = "Blackpool", organisation = "Blackpool Council",
        category, amountPence = pence, entryDate = "2024-06-30", description = "Warm hubs", recordedBy = "HI lead",
    };
}
