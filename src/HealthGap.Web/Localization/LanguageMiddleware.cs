using System.Globalization;

namespace HealthGap.Web.Localization;

/// <summary>
/// Chooses the page language: <c>?lang=</c> first (so a shared link keeps its language), then the
/// browser's Accept-Language, else English. Only the UI culture changes: numbers and dates stay in
/// the invariant format every HealthGap output uses.
/// </summary>
internal sealed class LanguageMiddleware(RequestDelegate next)
{
    /// <summary>The query-string key that picks a language.</summary>
    public const string QueryKey = "lang";

    /// <summary>English (the default) and Polish, the most common non-English main language in England (Census 2021).</summary>
    public static readonly IReadOnlyList<CultureInfo> Supported = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("pl")];

    public Task InvokeAsync(HttpContext context)
    {
        var culture = FromQuery(context) ?? FromHeader(context) ?? Supported[0];
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        context.Items[typeof(LanguageMiddleware)] = culture;
        return next(context);
    }

    /// <summary>The language chosen for this request.</summary>
    public static CultureInfo Current(HttpContext context) =>
        context.Items[typeof(LanguageMiddleware)] as CultureInfo ?? Supported[0];

    private static CultureInfo? FromQuery(HttpContext context) =>
        context.Request.Query.TryGetValue(QueryKey, out var lang) ? Match(lang.ToString()) : null;

    private static CultureInfo? FromHeader(HttpContext context)
    {
        var header = context.Request.GetTypedHeaders().AcceptLanguage;
        return header
            .OrderByDescending(h => h.Quality ?? 1)
            .Select(h => Match(h.Value.ToString()))
            .FirstOrDefault(c => c is not null);
    }

    private static CultureInfo? Match(string tag)
    {
        var primary = tag.Split('-', '_')[0].Trim().ToLowerInvariant();
        return Supported.FirstOrDefault(c => c.Name == primary);
    }
}
