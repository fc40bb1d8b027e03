using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HealthGap.Web.Tests.Security;

/// <summary>What already held keeps holding: no path traversal, no reflected markup, SQL-looking text stored as text, and many concurrent clients served without an error.</summary>
public sealed class HoldingTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>, IDisposable
{
    private const string Key = "holding-test-key";
    private readonly string _ledger = Path.Combine(Path.GetTempPath(), $"healthgap-web-ledger-{Guid.NewGuid():N}.db");

    [Theory]
    [InlineData("/download/waiting-list/..%2F..%2Fpolicy.json")]
    [InlineData("/download/waiting-list/%2e%2e%2f%2e%2e%2fcatalogue.json")]
    [InlineData("/download/waiting-list/..%5C..%5Cpolicy.json")]
    [InlineData("/download/waiting-list/%2Fetc%2Fpasswd")]
    [InlineData("/css/..%2F..%2FHealthGap.Web.dll")]
    [InlineData("/js/%2e%2e/%2e%2e/appsettings.json")]
    public async Task Get_PathTraversal_NeverServesAFileOutsideItsFolder(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/indicator/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/place/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/waiting-list?breakdown=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/?period=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/funding?icb=%3Cscript%3Ealert(1)%3C%2Fscript%3E&budget=1000")]
    [InlineData("/api/indicators/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Get_MarkupInTheAddress_IsNeverReflectedAsMarkup(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
        var type = response.Content.Headers.ContentType?.MediaType;
        if (type == "text/html")
        {
            Assert.DoesNotContain("<script>alert(1)", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            // An API answer may quote what was asked for, inside JSON that the browser must not sniff as HTML.
            Assert.EndsWith("json", type, StringComparison.Ordinal);
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task Post_SqlLookingText_IsStoredAsTextAndTheLedgerStillWorks()
    {
        using var client = factory.WithWebHostBuilder(b => b.UseSetting(WebOptions.LedgerKey, _ledger).UseSetting(WebOptions.LedgerApiKeyKey, Key)).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        const string hostile = "x'); DROP TABLE ledger_entries; --";

        var created = await client.PostAsJsonAsync("/api/ledger/entries", new
        {
            kind = "commitment", financialYear = "2024/25", placeCode = "E06000009", placeName = hostile, organisation = hostile,
            category = "vcse", amountPence = 100, entryDate = "2024-06-30", description = hostile, recordedBy = "HI lead",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/ledger/entries?year=2024/25"));
        Assert.Equal(hostile, Assert.Single(list.RootElement.EnumerateArray()).GetProperty("description").GetString());
    }

    [Fact]
    public async Task Get_TwoHundredConcurrentClients_AllAnsweredWithoutAnError()
    {
        using var client = factory.CreateClient();
        string[] paths = ["/", "/indicator/cancer_early_stage", "/api/indicators", "/css/site.css", "/download/indicators.csv?indicator=cancer_early_stage", "/methods", "/api/no-such-endpoint"];
        using var warm = await client.GetAsync("/indicator/cancer_early_stage");

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await client.GetAsync(paths[i % paths.Length]);
            await response.Content.ReadAsByteArrayAsync();
            return (Path: paths[i % paths.Length], Status: (int)response.StatusCode);
        }));

        Assert.All(answers, a => Assert.True(a.Status == (a.Path.Contains("no-such", StringComparison.Ordinal) ? 404 : 200), $"{a.Path}: {a.Status}"));
    }

    public void Dispose()
    {
        foreach (var file in new[] { _ledger, _ledger + "-wal", _ledger + "-shm" })
        {
            File.Delete(file);
        }
    }
}
