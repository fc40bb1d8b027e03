using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace HealthGap.Web.Localization;

/// <summary>
/// The page text from <c>Resources/SharedResource.resx</c> (English), <c>SharedResource.pl.resx</c>
/// (Polish) and <c>SharedResource.ur.resx</c> (Urdu), all embedded as neutral resources and picked by
/// <see cref="LanguageMiddleware.Language"/>. Text missing in a language falls back to English, so a
/// page is never blank (a test checks none is missing).
/// </summary>
internal sealed class SharedTextLocalizer : IStringLocalizer<SharedResource>
{
    private const string BaseName = "HealthGap.Web.Resources.SharedResource";

    private static readonly Dictionary<string, ResourceManager> Managers = LanguageMiddleware.Supported.ToDictionary(
        language => language,
        // Case-blind, so a group the report writes as "Core20" finds Group_core20.
        language => new ResourceManager(language == "en" ? BaseName : BaseName + "." + language, typeof(SharedResource).Assembly) { IgnoreCase = true },
        StringComparer.Ordinal);

    public LocalizedString this[string name]
    {
        get
        {
            var text = Find(name, LanguageMiddleware.Language);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(PageCulture.Current, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var set = Managers["en"].GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<System.Collections.DictionaryEntry>().Select(e => this[(string)e.Key]).ToArray();
    }

    private static string? Find(string name, string language) =>
        (Managers.TryGetValue(language, out var manager) ? manager.GetString(name, CultureInfo.InvariantCulture) : null)
        ?? Managers["en"].GetString(name, CultureInfo.InvariantCulture);
}
