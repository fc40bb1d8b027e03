namespace HealthGap.Web.Security;

/// <summary>
/// The headers every response carries, whatever produced it (page, API, static file, 404, error page):
/// a Content-Security-Policy that allows nothing from elsewhere, <c>nosniff</c>, no referrer, no
/// powerful browser features, no framing, and HSTS when the request came over HTTPS. They are set
/// just before the headers go out (<see cref="HttpResponse.OnStarting(Func{Task})"/>), so neither the
/// static-file middleware answering early nor the exception handler clearing the response drops them.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The public portal never loads anything from elsewhere: say so to the browser.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Browser features the app never uses, switched off.</summary>
    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>One year, subdomains included; sent only over HTTPS (RFC 6797 says to ignore it over HTTP).</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>Adds the headers to every response; register it first so it wraps everything else.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
