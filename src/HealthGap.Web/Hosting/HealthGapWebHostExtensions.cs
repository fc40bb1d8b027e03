using HealthGap.Web.Api;
using HealthGap.Web.Caching;
using HealthGap.Web.Geography;
using HealthGap.Web.Localization;
using HealthGap.Web.Results;
using HealthGap.Web.Security;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace HealthGap.Web;

/// <summary>The pieces of <see cref="HealthGapWebHost.Build"/>: services, then the request pipeline, then the endpoints.</summary>
internal static class HealthGapWebHostExtensions
{
    /// <summary>The app's own services: results, reference geography, waiting list, ledger, page text.</summary>
    public static IServiceCollection AddApplicationServices(this IServiceCollection services)
    {
        services.AddSingleton<ResultsProvider>();
        services.AddSingleton<BoundaryStore>();
        services.AddSingleton<WaitingListResults>();
        services.AddSingleton<LedgerProvider>();
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>, SharedTextLocalizer>();
        return services;
    }

    /// <summary>Razor Pages, OpenAPI, output caching, JSON and HTML encoding, request limits and log level.</summary>
    public static WebApplicationBuilder AddWebFrontEnd(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Polish letters are written as themselves, not as &#x...; escapes.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddPageCaching();
        services.AddRazorPages().AddApplicationPart(typeof(HealthGapWebHost).Assembly);
        services.AddOpenApi("v1");
        // A body the API cannot bind throws, so ApiErrors can say what was wrong with it (else: 400, empty body).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = HealthGapWebHost.MaxRequestBodyBytes);
        // Quiet keeps warnings and errors (a damaged results file, a failed request) on the console, but not
        // data protection's first-run warning that its keys are unencrypted: the CLI says that in one line.
        services.AddOptions<LoggerFilterOptions>().Configure<IOptions<WebOptions>>((filter, web) =>
        {
            if (web.Value.Quiet)
            {
                filter.MinLevel = LogLevel.Warning;
                filter.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.DataProtection", LogLevel.Error, null));
            }
        });
        return builder;
    }

    /// <summary>Security headers, error pages, static files from the <c>wwwroot</c> beside the binaries, language, routing, output cache.</summary>
    public static WebApplication UseHealthGapPipeline(this WebApplication app, string webRoot)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        app.UseApiErrors();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(webRoot),
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        app.UseMiddleware<LanguageMiddleware>();
        app.UseRouting();
        if (app.Services.GetRequiredService<IOptions<WebOptions>>().Value.OutputCache)
        {
            app.UseOutputCache();
        }

        return app;
    }

    /// <summary>The health check, the OpenAPI document, the JSON API, CSV downloads, the ledger API and the pages.</summary>
    public static WebApplication MapHealthGapEndpoints(this WebApplication app)
    {
        app.MapGet("/health", () => TypedResults.Ok("ok")).ExcludeFromDescription();
        // Only the document that exists: another name falls through to the API's 404 problem.
        app.MapOpenApi("/api/openapi/{documentName:regex(^v1$)}.json");
        app.MapIndicatorApi();
        app.MapAdjustedApi();
        app.MapCsvDownloads();
        app.MapLedgerApi();
        app.MapRazorPages().CacheOutput(PageCaching.PolicyName);
        return app;
    }
}
