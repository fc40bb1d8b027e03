using HealthGap.Web.Localization;
using HealthGap.Web.Results;

namespace HealthGap.Web.Caching;

/// <summary>
/// Output caching for the GET pages: a page is rendered once per (path, query string, language,
/// results version) and then served from memory, so 20 people reading the same indicator cost one
/// render. The results version is part of the key, so a new report shows at once, with no purge.
/// Only pages that read nothing but the report are cached (an allow-list): the waiting-list page
/// reads its own folder on every request, and pages added later (funding) keep their own freshness.
/// </summary>
internal static class PageCaching
{
    /// <summary>The output-cache policy name the Razor pages use.</summary>
    public const string PolicyName = "pages";

    /// <summary>The most bytes of rendered pages kept.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    /// <summary>Registers the page policy and the fragment cache.</summary>
    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddSingleton<FragmentCache>();
        services.AddOutputCache(options =>
        {
            options.SizeLimit = SizeLimitBytes;
            options.AddPolicy(PolicyName, policy => policy
                .With(c => IsReportPage(c.HttpContext.Request.Path))
                .VaryByValue(context => new("lang", LanguageMiddleware.Current(context)))
                .VaryByValue(context => new("results", ResultsVersion(context)))
                .Expire(TimeSpan.FromMinutes(10)));
        });
        return services;
    }

    /// <summary>The pages whose content depends only on the report, the language and the query string.</summary>
    public static readonly IReadOnlyList<string> ReportPages = ["/indicator", "/place", "/methods", "/how-your-data-is-used"];

    /// <summary>True for the overview and the <see cref="ReportPages"/> (and their sub-paths).</summary>
    public static bool IsReportPage(PathString path) =>
        path == "/" || ReportPages.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static string ResultsVersion(HttpContext context) =>
        context.RequestServices.GetRequiredService<ResultsProvider>().TryCurrent()?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
