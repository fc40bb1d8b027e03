using HealthGap.Core.Configuration;
using HealthGap.Web.Geography;
using HealthGap.Web.Results;

namespace HealthGap.Web;

/// <summary>
/// Builds and runs the HealthGap web app (dashboards, public portal, API). Used by the web
/// project's own entry point and, in-process, by <c>healthgap serve</c> and <c>healthgap demo</c>.
/// Static files are served from the <c>wwwroot</c> beside the binaries so the app works from any
/// working folder. Every response carries the security headers (<see cref="Security.SecurityHeaders"/>); API
/// errors are problem+json (<see cref="Api.ApiErrors"/>), page errors the HTML error page.
/// </summary>
public static class HealthGapWebHost
{
    /// <summary>The largest request body the server reads on any route (1 MiB; the API reads at most 64 KiB).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// Builds the app without starting it. <paramref name="options"/> are the CLI's values, which win
    /// over the <c>HealthGap</c> configuration section; null (the web project's own entry point) leaves
    /// everything to configuration. A bad setting fails here with a message naming it.
    /// </summary>
    public static WebApplication Build(WebOptions? options = null, string[]? args = null)
    {
        var baseDirectory = AppContext.BaseDirectory;
        var webRoot = Path.Combine(baseDirectory, "wwwroot");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ApplicationName = typeof(HealthGapWebHost).Assembly.GetName().Name,
            ContentRootPath = baseDirectory,
            WebRootPath = webRoot,
        });
        if (options?.Urls is { Length: > 0 } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        // The reference data's folder comes from the same variable as the CLI's (HEALTHGAP_REFERENCE_DIR), read through configuration.
        ReferenceProvider.UseDirectory(builder.Configuration[HealthGapPaths.ReferenceDataVariable] is { Length: > 0 } reference ? reference : null);
        builder.Services.AddWebOptions(options).AddApplicationServices();
        builder.AddWebFrontEnd();
        var app = builder.Build();
        app.UseHealthGapPipeline(webRoot).MapHealthGapEndpoints();
        app.Lifetime.ApplicationStarted.Register(() => Task.Run(() => Warm(app.Services)));
        return app;
    }

    /// <summary>
    /// Loads the results, and beside them the reference data and the ICB's map outline, in the
    /// background once the server listens, so the first visitor does not wait for them (two loads in
    /// parallel: the reference data does not depend on the results). Failures surface on the page.
    /// </summary>
    private static void Warm(IServiceProvider services)
    {
        var reference = Task.Run(() => Guard(services, () => _ = ReferenceProvider.Reference));
        Guard(services, () =>
        {
            var results = services.GetRequiredService<ResultsProvider>().Current;
            if (results.Icb is { } icb)
            {
                services.GetRequiredService<BoundaryStore>().Outline(icb.Code);
            }
        });
        reference.Wait();
    }

    private static void Guard(IServiceProvider services, Action load)
    {
        try
        {
            load();
        }
        catch (Exception ex) when (ex is ResultsException or IOException or Core.Reference.ReferenceDataException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HealthGapWebHost)).LogWarning("Warm-up: {Message}", ex.Message);
        }
    }

    /// <summary>Builds the app and runs it until the process is stopped (Ctrl+C).</summary>
    public static void Run(WebOptions? options = null, string[]? args = null) => Build(options, args).Run();

    /// <summary>The page languages the app has text for (ISO 639-1 codes).</summary>
    public static IReadOnlyList<string> SupportedLanguages => Localization.LanguageMiddleware.Supported;
}
