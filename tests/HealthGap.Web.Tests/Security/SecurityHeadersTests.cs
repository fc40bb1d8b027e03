using System.Net;

namespace HealthGap.Web.Tests.Security;

/// <summary>Every kind of response (page, API, download, static file, 404, API error) carries the security headers.</summary>
public sealed class SecurityHeadersTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>
{
    public static TheoryData<string> Routes =>
    [
        "/", "/indicator/cancer_early_stage", "/methods", "/how-your-data-is-used", "/waiting-list", "/funding", "/funding/ledger",
        "/api/indicators", "/api/areas", "/api/openapi/v1.json", "/api/no-such-endpoint", "/download/indicators.csv?indicator=cancer_early_stage",
        "/css/site.css", "/js/app.js", "/no-such-page", "/health", "/indicator/no_such_indicator",
    ];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_AnyRoute_CarriesTheSecurityHeaders(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Contains("default-src 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS must not be sent over plain HTTP");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/css/site.css")]
    [InlineData("/api/no-such-endpoint")]
    public async Task Get_OverHttps_AlsoSendsHsts(string path)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var response = await client.GetAsync(path);

        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task Get_StaticFile_IsServedWithItsTypeAndCacheHeader()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age=86400", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : $"(no {name} header on {response.RequestMessage?.RequestUri} {(int)response.StatusCode})";
}
