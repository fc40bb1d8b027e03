using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace HealthGap.Web.Localization;

/// <summary>
/// The page text from <c>Resources/SharedResource.resx</c> (English) and <c>SharedResource.pl.resx</c>
/// (Polish), both embedded as neutral resources and picked by <see cref="LanguageMiddleware.Language"/>.
/// Missing Polish text falls back to English, so a page is never blank.
/// </summary>
internal sealed class SharedTextLocalizer : IStringLocalizer<SharedResource>
{
    private const string BaseName = "HealthGap.Web.Resources.SharedResource";

    private static readonly Dictionary<string, ResourceManager> Managers = new(StringComparer.Ordinal)
    {
        ["en"] = new ResourceManager(BaseName, typeof(SharedResource).Assembly),
        ["pl"] = new ResourceManager(BaseName + ".pl", typeof(SharedResource).Assembly),
    };

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
            return new LocalizedString(name, string.Format(CultureInfo.InvariantCulture, format.Value, arguments), format.ResourceNotFound);
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
