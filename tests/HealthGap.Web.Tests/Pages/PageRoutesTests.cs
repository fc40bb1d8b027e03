using HealthGap.Web.Tests.Browser;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HealthGap.Web.Tests.Pages;

/// <summary>The browser matrix covers every Razor page the app routes.</summary>
public sealed class PageRoutesTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>
{
    [Fact]
    public void PageRoutes_EveryRazorPage_HasAnExampleAddress()
    {
        _ = factory.CreateClient();
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.OfType<PageActionDescriptor>().Any())
            .Select(e => StaticPart(e.RoutePattern.RawText ?? ""))
            .Where(p => !PageRoutes.NotPages.Contains(p))
            .Distinct()
            .ToArray();
        var examples = PageRoutes.All.Select(p => p.Path.Split('?')[0]).ToArray();

        var missing = pages.Where(p => !examples.Any(e => e == p)).ToArray();

        Assert.Contains("/waiting-list", pages);
        Assert.True(missing.Length == 0, "pages with no example address in PageRoutes.All: " + string.Join(", ", missing));
    }

    /// <summary>The route without its parameters: <c>/indicator/{id?}</c> is <c>/indicator</c>.</summary>
    private static string StaticPart(string template) =>
        "/" + string.Join('/', template.Trim('/').Split('/').Where(s => s.Length > 0 && !s.StartsWith('{')));
}
