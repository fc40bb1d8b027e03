using HealthGap.Web.Results;

namespace HealthGap.Web.Api;

/// <summary>
/// The <c>HealthGap-Data-Source</c> response header on every API answer and download: what the figures
/// were computed from (<c>synthetic</c>, <c>sample</c>, <c>extracts</c> or <c>unknown</c>), so a client
/// that keeps only the numbers can still tell invented figures from real ones.
/// </summary>
internal static class DataSourceHeader
{
    public const string Name = "HealthGap-Data-Source";

    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.RequestServices.GetService<ResultsProvider>()?.TryCurrent() is { } set)
        {
            http.Response.Headers[Name] = set.DataSourceName;
        }

        return await next(context);
    }
}
