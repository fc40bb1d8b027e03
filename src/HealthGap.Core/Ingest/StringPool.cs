namespace HealthGap.Core.Ingest;

/// <summary>
/// Reuses one string for each distinct low-cardinality value (codes, practice codes, details), so the hot
/// path does not allocate a new string per record. Bounded, so a high-cardinality column cannot grow it
/// without limit: past the bound, values are simply allocated.
/// </summary>
internal sealed class StringPool
{
    private const int MaximumEntries = 200_000;
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    /// <summary>The pooled string equal to <paramref name="text"/> (null when empty).</summary>
    public string? Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var value = text.ToString();
        if (_strings.Count < MaximumEntries)
        {
            _strings.Add(value);
        }

        return value;
    }
}
