namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Groups a list like LINQ's GroupBy (groups in first-seen order, items in list order) but hashes a key
/// only where it differs from the previous item's. The engine hands strata over area by area and, within
/// an area, cell by cell, so a report's hundreds of thousands of strata cost a few hundred lookups.
/// </summary>
internal static class RunGrouping
{
    public static List<(TKey Key, List<T> Items)> Group<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> keyOf)
        where TKey : notnull
    {
        var comparer = EqualityComparer<TKey>.Default;
        var index = new Dictionary<TKey, int>(comparer);
        var groups = new List<(TKey Key, List<T> Items)>();
        List<T>? current = null;
        TKey last = default!;
        foreach (var item in items)
        {
            var key = keyOf(item);
            if (current is null || !comparer.Equals(key, last))
            {
                if (!index.TryGetValue(key, out var at))
                {
                    at = groups.Count;
                    index[key] = at;
                    groups.Add((key, []));
                }

                (current, last) = (groups[at].Items, key);
            }

            current.Add(item);
        }

        return groups;
    }
}
