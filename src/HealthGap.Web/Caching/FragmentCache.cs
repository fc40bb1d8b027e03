using HealthGap.Web.Localization;
using HealthGap.Web.Results;
using Microsoft.Extensions.Caching.Memory;

namespace HealthGap.Web.Caching;

/// <summary>
/// Rendered SVG fragments (maps, charts) kept between requests, keyed by the results version, the
/// page language and what the fragment shows, so a new report or another language never sees a stale
/// one. Bounded: entries are sized by their length and the least recently used go first. The cache is
/// its own <see cref="MemoryCache"/> so its size limit binds nobody else's entries.
/// </summary>
internal sealed class FragmentCache : IDisposable
{
    /// <summary>The most characters of markup kept (about 64 MB of UTF-16).</summary>
    public const long SizeLimit = 32_000_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>The cached fragment for (<paramref name="results"/> version, language, <paramref name="key"/>), rendering it on a miss.</summary>
    public string GetOrRender(ResultSet results, string key, Func<string> render)
    {
        var fullKey = (results.Version, LanguageMiddleware.Language, key);
        if (_cache.TryGetValue(fullKey, out string? markup) && markup is not null)
        {
            return markup;
        }

        markup = render();
        _cache.Set(fullKey, markup, new MemoryCacheEntryOptions { Size = markup.Length, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return markup;
    }

    /// <summary>How many fragments are held (for tests).</summary>
    public int Count => _cache.Count;

    public void Dispose() => _cache.Dispose();
}
