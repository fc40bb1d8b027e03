namespace HealthGap.Core.Reference;

/// <summary>Ranks candidates by edit distance for "did you mean …?" suggestions.</summary>
internal static class ClosestMatch
{
    public static IReadOnlyList<T> Rank<T>(string query, IEnumerable<T> candidates, Func<T, string[]> keys, int count)
    {
        var q = query.ToUpperInvariant();
        return candidates
            .Select(c => (Item: c, Distance: keys(c).Min(k => Distance(q, k.ToUpperInvariant()))))
            .OrderBy(x => x.Distance)
            .Take(count)
            .Select(x => x.Item)
            .ToArray();
    }

    /// <summary>
    /// Levenshtein distance, except that a candidate containing the query as a substring is
    /// scored by how much longer it is, so name fragments rank well.
    /// </summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 0 && b.Contains(a, StringComparison.Ordinal))
        {
            return Math.Min(b.Length - a.Length, 3);
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
