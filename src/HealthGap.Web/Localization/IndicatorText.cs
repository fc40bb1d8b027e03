using System.Globalization;
using System.Resources;
using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.Web.Localization;

/// <summary>
/// An indicator's title, description, rationale and source in the page language, from
/// <c>Resources/IndicatorText*.resx</c>, keyed by the indicator's stable id: <c>{id}.title</c>,
/// <c>{id}.description</c>, <c>{id}.rationale</c>, <c>{id}.source</c>.
/// <para>
/// The English resource holds the text of the definitions in <c>indicators/*.yaml</c> (a test keeps
/// them equal), and it is what each translation was made from. A translation is shown only while the
/// report's English for that field is still the English it was translated from: an indicator the
/// library does not know, or one whose wording changed since it was translated, is shown in English
/// rather than with a translation of something else. It never changes the API or the downloads.
/// </para>
/// </summary>
internal static class IndicatorText
{
    /// <summary>The fields of an indicator that people read, as used in the resource keys.</summary>
    public static readonly IReadOnlyList<string> Fields = ["title", "description", "rationale", "source"];

    private const string BaseName = "HealthGap.Web.Resources.IndicatorText";

    private static readonly Dictionary<string, ResourceManager> Managers = LanguageMiddleware.Supported.ToDictionary(
        language => language,
        language => new ResourceManager(language == "en" ? BaseName : BaseName + "." + language, typeof(IndicatorText).Assembly),
        StringComparer.Ordinal);

    public static string Title(CatalogueEntry d) => In(LanguageMiddleware.Language, d.Id, "title", d.Title);

    public static string Description(CatalogueEntry d) => In(LanguageMiddleware.Language, d.Id, "description", d.Description);

    public static string Rationale(CatalogueEntry d) => In(LanguageMiddleware.Language, d.Id, "rationale", d.Rationale);

    public static string Source(CatalogueEntry d) => In(LanguageMiddleware.Language, d.Id, "source", d.Source);

    /// <summary>
    /// One field in a language: the translation when there is one made from <paramref name="english"/>,
    /// else <paramref name="english"/> itself (the report's own text).
    /// </summary>
    public static string In(string language, string id, string field, string english)
    {
        if (language == "en" || !Managers.TryGetValue(language, out var manager))
        {
            return english;
        }

        var key = id + "." + field;
        var source = Managers["en"].GetString(key, CultureInfo.InvariantCulture);
        return source is not null && SameText(source, english) && manager.GetString(key, CultureInfo.InvariantCulture) is { Length: > 0 } translated
            ? translated
            : english;
    }

    /// <summary>Every key and text of one language's resource (for the tests and translators).</summary>
    public static IReadOnlyDictionary<string, string> All(string language)
    {
        var set = Managers[language].GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        return set is null
            ? new Dictionary<string, string>()
            : set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    /// <summary>Equal but for line breaks and runs of spaces (YAML folds long text over lines).</summary>
    public static bool SameText(string a, string b) =>
        string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) ==
        string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
