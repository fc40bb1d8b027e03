using HealthGap.Web.Api;
using HealthGap.Web.Caching;
using HealthGap.Web.Geography;
using HealthGap.Web.Localization;
using HealthGap.Web.Results;
using HealthGap.Web.Security;
using Microsoft.Extensions.FileProviders;

namespace HealthGap.Web;

/// <summary>
/// Builds and runs the HealthGap web app (dashboards, public portal, API). Used by the web
/// project's own entry point and, in-process, by <c>healthgap serve</c> and <c>healthgap demo</c>.
/// Static files are served from the <c>wwwroot</c> beside the binaries so the app works from any
/// working folder. Every response carries the security headers (<see cref="SecurityHeaders"/>); API
/// errors are problem+json (<see cref="ApiErrors"/>), page errors the HTML error page.
/// </summary>
public static class HealthGapWebHost
{
    /// <summary>The configuration key for the results folder (<c>HealthGap:Results</c>).</summary>
    public const string ResultsKey = "HealthGap:Results";

    /// <summary>The largest request body the server reads on any route (1 MiB; the API reads at most 64 KiB).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>Builds the app without starting it.</summary>
    public static WebApplication Build(WebOptions options, string[]? args = null)
    {
        var baseDirectory = AppContext.BaseDirectory;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ApplicationName = typeof(HealthGapWebHost).Assembly.GetName().Name,
            ContentRootPath = baseDirectory,
            WebRootPath = Path.Combine(baseDirectory, "wwwroot"),
        });
        var settings = new Dictionary<string, string?>();
        if (options.ResultsDirectory is not null)
        {
            settings[ResultsKey] = options.ResultsDirectory;
        }

        if (options.WaitingListDirectory is not null)
        {
            settings[WaitingListResults.ConfigurationKey] = options.WaitingListDirectory;
        }

        foreach (var (key, value) in new[] { (LedgerProvider.PathKey, options.LedgerPath), (LedgerProvider.PostgresKey, options.LedgerPostgres), (LedgerApi.ApiKeyKey, options.LedgerApiKey) })
        {
            if (value is not null)
            {
                settings[key] = value;
            }
        }

        if (options.Urls is not null)
        {
            settings["urls"] = options.Urls;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        if (options.Quiet)
        {
            // Quiet keeps warnings and errors (a damaged results file, a failed request) on the console.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ResultsProvider>();
        builder.Services.AddSingleton<BoundaryStore>();
        builder.Services.AddSingleton<WaitingListResults>();
        builder.Services.AddSingleton<LedgerProvider>();
        builder.Services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>, SharedTextLocalizer>();
        // Polish letters are written as themselves, not as &#x...; escapes.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddPageCaching();
        builder.Services.AddRazorPages().AddApplicationPart(typeof(HealthGapWebHost).Assembly);
        builder.Services.AddOpenApi("v1");
        // A body the API cannot bind throws, so ApiErrors can say what was wrong with it (else: 400, empty body).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        app.UseApiErrors();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(baseDirectory, "wwwroot")),
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        app.UseMiddleware<LanguageMiddleware>();
        app.UseRouting();
        if (options.OutputCache)
        {
            app.UseOutputCache();
        }

        app.MapGet("/health", () => TypedResults.Ok("ok")).ExcludeFromDescription();
        // Only the document that exists: another name falls through to the API's 404 problem.
        app.MapOpenApi("/api/openapi/{documentName:regex(^v1$)}.json");
        app.MapIndicatorApi();
        app.MapCsvDownloads();
        app.MapLedgerApi();
        app.MapRazorPages().CacheOutput(PageCaching.PolicyName);
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
    public static void Run(WebOptions options, string[]? args = null) => Build(options, args).Run();

    /// <summary>The page languages the app has text for (ISO 639-1 codes).</summary>
    public static IReadOnlyList<string> SupportedLanguages => LanguageMiddleware.Supported;
}
