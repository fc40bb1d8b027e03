using System.Globalization;
using HealthGap.Web.Api;
using HealthGap.Web.Geography;
using HealthGap.Web.Localization;
using HealthGap.Web.Results;
using Microsoft.Extensions.FileProviders;

namespace HealthGap.Web;

/// <summary>
/// Builds and runs the HealthGap web app (dashboards, public portal, API). Used by the web
/// project's own entry point and, in-process, by <c>healthgap serve</c> and <c>healthgap demo</c>.
/// Static files are served from the <c>wwwroot</c> beside the binaries so the app works from any
/// working folder.
/// </summary>
public static class HealthGapWebHost
{
    /// <summary>The configuration key for the results folder (<c>HealthGap:Results</c>).</summary>
    public const string ResultsKey = "HealthGap:Results";

    /// <summary>Builds the app without starting it.</summary>
    public static WebApplication Build(WebOptions options, string[]? args = null)
    {
        // Invariant globalization is on for number formatting everywhere; the Polish UI still needs
        // a named culture to find its resources.
        AppContext.SetSwitch("System.Globalization.PredefinedCulturesOnly", false);
        var baseDirectory = AppContext.BaseDirectory;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ContentRootPath = baseDirectory,
            WebRootPath = Path.Combine(baseDirectory, "wwwroot"),
        });
        var settings = new Dictionary<string, string?>();
        if (options.ResultsDirectory is not null)
        {
            settings[ResultsKey] = options.ResultsDirectory;
        }

        if (options.Urls is not null)
        {
            settings["urls"] = options.Urls;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        if (options.Quiet)
        {
            builder.Logging.ClearProviders();
        }

        var effective = options with
        {
            ResultsDirectory = builder.Configuration[ResultsKey] ?? WebOptions.DefaultResultsDirectory,
            WaitingListDirectory = options.WaitingListDirectory ?? builder.Configuration["HealthGap:WaitingList"],
        };
        builder.Services.AddSingleton(effective);
        builder.Services.AddSingleton<ResultsProvider>();
        builder.Services.AddSingleton<BoundaryStore>();
        builder.Services.AddSingleton<WaitingListResults>();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddRazorPages();
        builder.Services.AddOpenApi("v1");
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals);

        var app = builder.Build();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(baseDirectory, "wwwroot")),
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        app.UseMiddleware<LanguageMiddleware>();
        app.Use(async (context, next) =>
        {
            // The public portal never loads anything from elsewhere: say so to the browser.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });
        app.MapOpenApi("/api/openapi/{documentName}.json");
        app.MapIndicatorApi();
        app.MapCsvDownloads();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Builds the app and runs it until the process is stopped (Ctrl+C).</summary>
    public static void Run(WebOptions options, string[]? args = null) => Build(options, args).Run();

    /// <summary>The UI cultures the app has text for.</summary>
    public static IReadOnlyList<CultureInfo> SupportedCultures => LanguageMiddleware.Supported;
}
