namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Groups a list like LINQ's GroupBy (groups in first-seen order, items in list order) but hashes a key
/// only where it differs from the previous item's, and when every group is one unbroken run of an
/// array, hands out slices of it instead of copies. The engine hands strata over area by area and,
/// within an area, cell by cell, so a report's hundreds of thousands of strata cost a few hundred
/// lookups and no copying.
/// </summary>
internal static class RunGrouping
{
    public static List<(TKey Key, IReadOnlyList<T> Items)> Group<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> keyOf)
        where TKey : notnull
    {
        var comparer = EqualityComparer<TKey>.Default;
        var runs = new List<(TKey Key, int Start, int Length)>();
        var seen = new HashSet<TKey>(comparer);
        var contiguous = true;
        for (var i = 0; i < items.Count; i++)
        {
            var key = keyOf(items[i]);
            if (runs.Count > 0 && comparer.Equals(key, runs[^1].Key))
            {
                runs[^1] = (key, runs[^1].Start, runs[^1].Length + 1);
                continue;
            }

            contiguous &= seen.Add(key);
            runs.Add((key, i, 1));
        }

        var segment = items switch
        {
            T[] array => new ArraySegment<T>(array),
            ArraySegment<T> slice => slice,
            _ => (ArraySegment<T>?)null,
        };
        if (contiguous && segment is { } whole)
        {
            return [.. runs.Select(r => (r.Key, (IReadOnlyList<T>)whole.Slice(r.Start, r.Length)))];
        }

        var index = new Dictionary<TKey, List<T>>(comparer);
        var groups = new List<(TKey Key, IReadOnlyList<T> Items)>();
        foreach (var (key, start, length) in runs)
        {
            if (!index.TryGetValue(key, out var list))
            {
                list = index[key] = [];
                groups.Add((key, list));
            }

            for (var i = start; i < start + length; i++)
            {
                list.Add(items[i]);
            }
        }

        return groups;
    }
}
