namespace HealthGap.Web.Localization;

/// <summary>
/// Chooses the page language: <c>?lang=</c> first (so a shared link keeps its language), then the
/// browser's Accept-Language, else English. The language picks the text and, through
/// <see cref="PageCulture"/>, how numbers and dates are written on the page (the process runs with
/// invariant globalization, so the language is a code and its culture is built by hand).
/// </summary>
internal sealed class LanguageMiddleware(RequestDelegate next)
{
    /// <summary>The query-string key that picks a language.</summary>
    public const string QueryKey = "lang";

    /// <summary>
    /// English (the default); Polish, the most common non-English main language in England, and Urdu,
    /// among the most common in Birmingham, Bradford and Lancashire (Census 2021).
    /// </summary>
    public static readonly IReadOnlyList<string> Supported = ["en", "pl", "ur"];

    /// <summary>Languages written right to left: their pages carry <c>dir="rtl"</c> and the mirrored stylesheet.</summary>
    public static bool IsRightToLeft(string language) => language == "ur";

    private static readonly AsyncLocal<string?> CurrentLanguage = new();

    /// <summary>The language of the request being handled on this logical thread ("en" outside a request).</summary>
    public static string Language => CurrentLanguage.Value ?? Supported[0];

    public Task InvokeAsync(HttpContext context)
    {
        var language = FromQuery(context) ?? FromHeader(context) ?? Supported[0];
        CurrentLanguage.Value = language;
        context.Items[typeof(LanguageMiddleware)] = language;
        return next(context);
    }

    /// <summary>The language chosen for this request.</summary>
    public static string Current(HttpContext context) =>
        context.Items[typeof(LanguageMiddleware)] as string ?? Supported[0];

    private static string? FromQuery(HttpContext context) =>
        context.Request.Query.TryGetValue(QueryKey, out var lang) ? Match(lang.ToString()) : null;

    private static string? FromHeader(HttpContext context) =>
        context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(h => h.Quality ?? 1)
            .Select(h => Match(h.Value.ToString()))
            .FirstOrDefault(c => c is not null);

    private static string? Match(string tag)
    {
        var primary = tag.Split('-', '_')[0].Trim().ToLowerInvariant();
        return Supported.FirstOrDefault(c => c == primary);
    }
}
