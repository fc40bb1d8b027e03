using System.Text.Json;
using HealthGap.Operational.Funding.Ledger;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace HealthGap.Web.Api;

/// <summary>
/// How everything under <c>/api</c> fails: always an RFC 9457 problem (<c>application/problem+json</c>)
/// with a message a person can act on, never the HTML error page the rest of the site shows: a body
/// that is not JSON or not the right shape (400, saying where), a wrong content type (415), an
/// unknown path (404), a wrong method (405), a body over <see cref="MaxRequestBodyBytes"/> (413), and
/// an unexpected failure (500, details only in the log). It sits inside the site's HTML error
/// handling, which then has nothing left to do for an API request.
/// </summary>
internal static class ApiErrors
{
    /// <summary>The largest request body the API reads: 64 KiB (a ledger entry at its limits is under 20 KiB).</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>True for API requests.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Problem responses and the body limit for <c>/api</c>; call after the site's own error handling.</summary>
    public static IApplicationBuilder UseApiErrors(this IApplicationBuilder app) => app.UseWhen(IsApi, api =>
    {
        api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteExceptionAsync });
        api.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = status => WriteStatusAsync(status.HttpContext) });
        api.Use(LimitBody);
    });

    private static Task LimitBody(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > MaxRequestBodyBytes)
        {
            return Problem(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large",
                $"The request body is {context.Request.ContentLength:N0} bytes; the API reads at most {MaxRequestBodyBytes:N0}. Ledger text is limited too (a description to {LedgerLimits.DescriptionLength:N0} characters).");
        }

        // A body sent without a length (chunked) is cut off by the server at the same size.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBodyBytes;
        }

        return next(context);
    }

    private static Task WriteExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        return error switch
        {
            BadHttpRequestException { InnerException: JsonException json } => Problem(context, StatusCodes.Status400BadRequest, Title(context),
                $"The request body is not valid JSON for this request: {json.Message} Send a JSON object with the fields the API documents (/api/openapi/v1.json)."),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large",
                $"The API reads at most {MaxRequestBodyBytes:N0} bytes of request body."),
            BadHttpRequestException bad => Problem(context, bad.StatusCode, Title(context), bad.Message),
            LedgerException ledger => Problem(context, StatusCodes.Status400BadRequest, Title(context), ledger.Message),
            _ => Problem(context, StatusCodes.Status500InternalServerError, "The server could not answer",
                "Something went wrong on the server; it has been logged. Try again, and tell the service's operators if it keeps happening."),
        };
    }

    private static Task WriteStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var detail = status switch
        {
            StatusCodes.Status404NotFound => $"There is no API endpoint at {context.Request.Path}. The endpoints are listed in /api/openapi/v1.json.",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}; see /api/openapi/v1.json for the methods each endpoint takes.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with 'Content-Type: application/json'.",
            _ => $"The request failed with status {status}.",
        };
        return Problem(context, status, ReasonPhrase(status), detail);
    }

    private static string Title(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api/ledger", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsPost(context.Request.Method)
            ? "The ledger entry was not added"
            : ReasonPhrase(StatusCodes.Status400BadRequest);

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
}
