using System.Text;
using HealthGap.Web.Localization;

namespace HealthGap.Web.Pages;

/// <summary>
/// Builds in-app links that keep the chosen language (<c>?lang=</c>) when the user picked it in the
/// URL, so a shared link opens in the same language.
/// </summary>
internal static class PageLinks
{
    public static string To(HttpContext context, string path, params (string Key, string? Value)[] query)
    {
        var parts = query.Where(q => !string.IsNullOrEmpty(q.Value)).ToList();
        if (context.Request.Query.TryGetValue(LanguageMiddleware.QueryKey, out var lang) && parts.All(p => p.Key != LanguageMiddleware.QueryKey))
        {
            parts.Add((LanguageMiddleware.QueryKey, lang.ToString()));
        }

        if (parts.Count == 0)
        {
            return path;
        }

        var text = new StringBuilder(path).Append('?');
        text.AppendJoin('&', parts.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value!)));
        return text.ToString();
    }

    /// <summary>The current page in another language.</summary>
    public static string InLanguage(HttpContext context, string lang)
    {
        var query = context.Request.Query
            .Where(q => q.Key != LanguageMiddleware.QueryKey)
            .Select(q => (q.Key, (string?)q.Value.ToString()))
            .Append((LanguageMiddleware.QueryKey, lang))
            .ToArray();
        return To(context, context.Request.Path, query);
    }
}
