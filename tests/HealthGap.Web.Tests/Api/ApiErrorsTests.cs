using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace HealthGap.Web.Tests.Api;

/// <summary>Every failure under /api is an RFC 9457 problem (application/problem+json) that says what was wrong; never HTML, never an empty body.</summary>
public sealed class ApiErrorsTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>, IDisposable
{
    private const string Key = "test-ledger-key";
    private readonly string _ledger = Path.Combine(Path.GetTempPath(), $"healthgap-web-ledger-{Guid.NewGuid():N}.db");

    [Theory]
    [InlineData("{", "JSON")]
    [InlineData("not json at all", "JSON")]
    [InlineData("{\"kind\":\"commitment\",\"amountPence\":\"lots\"}", "amountPence")]
    [InlineData("{\"kind\":\"commitment\",\"amountPence\":99999999999999999999999}", "amountPence")]
    [InlineData("{\"kind\":\"commitment\",\"entryDate\":\"31/12/2024\"}", "entryDate")]
    [InlineData("[1,2,3]", "JSON")]
    public async Task Post_MalformedJson_Is400ProblemSayingWhere(string body, string expected)
    {
        using var client = Client();

        using var response = await client.PostAsync("/api/ledger/entries", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("The ledger entry was not added", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Post_EntryDatedYearOne_Is400ProblemWithTheLedgersMessage()
    {
        using var client = Client();
        var body = """{"kind":"commitment","financialYear":"2024/25","placeCode":"E06000009","placeName":"Blackpool","category":"vcse","amountPence":100,"entryDate":"0001-01-01","recordedBy":"HI lead"}""";

        using var response = await client.PostAsync("/api/ledger/entries", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("2024-04-01 to 2025-03-31", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WrongContentType_Is415Problem()
    {
        using var client = Client();

        using var response = await client.PostAsync("/api/ledger/entries", new StringContent("kind=commitment", Encoding.UTF8, "text/plain"));

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Post_HugeBody_Is413ProblemAndNothingIsWritten()
    {
        using var client = Client();
        var body = "{\"kind\":\"commitment\",\"description\":\"" + new string('x', 25 * 1024 * 1024) + "\"}";

        using var response = await client.PostAsync("/api/ledger/entries", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("65,536", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_ledger));
    }

    [Theory]
    [InlineData("/api/no-such-endpoint", HttpStatusCode.NotFound)]
    [InlineData("/api/ledger/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/api/openapi/v2.json", HttpStatusCode.NotFound)]
    [InlineData("/api/indicators/not_an_indicator", HttpStatusCode.NotFound)]
    public async Task Get_UnknownApiPath_Is404ProblemNotTheHtmlPage(string path, HttpStatusCode status)
    {
        using var client = Client();

        using var response = await client.GetAsync(path);

        await ProblemAsync(response, status);
    }

    [Theory]
    [InlineData("DELETE", "/api/ledger/entries")]
    [InlineData("PUT", "/api/ledger/entries")]
    [InlineData("POST", "/api/indicators")]
    [InlineData("PATCH", "/api/ledger/report")]
    public async Task WrongMethod_Is405Problem(string method, string path)
    {
        using var client = Client();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") });

        await ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Get_UnknownPage_StaysTheHtmlErrorPage()
    {
        using var client = Client();

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _ledger, _ledger + "-wal", _ledger + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {text[..Math.Min(text.Length, 300)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        var problem = json.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    private HttpClient Client()
    {
        var client = factory.WithWebHostBuilder(b => b.UseSetting(WebOptions.LedgerKey, _ledger).UseSetting(WebOptions.LedgerApiKeyKey, Key)).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }
}
