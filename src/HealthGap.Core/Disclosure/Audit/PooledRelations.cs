using System.Globalization;

namespace HealthGap.Core.Disclosure.Audit;

/// <summary>
/// The relations across periods an outsider can write from dates alone: a period that is exactly a run
/// of an indicator's shortest periods back to back (2022-23 to 2024-25 = 2022-23 + 2023-24 + 2024-25)
/// holds their sum, cell by cell (same area, breakdown and group), so a figure hidden in one year can be
/// the pool minus the other years. A pool with a year the report does not publish gives no relation.
/// </summary>
internal static class PooledRelations
{
    public static IEnumerable<(int Row, int Sign)[]> For(IReadOnlyList<ReportCell> rows)
    {
        var periods = rows.Select(r => r.Period).Distinct(StringComparer.Ordinal).Select(Parse).Where(p => p is not null).Select(p => p!.Value).ToList();
        if (periods.Count < 2)
        {
            yield break;
        }

        var shortest = periods.Min(p => p.Months);
        var singles = periods.Where(p => p.Months == shortest).ToDictionary(p => p.Start);
        var index = new Dictionary<(string Period, string AreaType, string AreaCode, string Breakdown, string Group), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            index[(rows[i].Period, rows[i].AreaType, rows[i].AreaCode, rows[i].Breakdown, rows[i].Group)] = i;
        }

        foreach (var pool in periods.Where(p => p.Months > shortest))
        {
            var parts = Tiling(pool, singles);
            if (parts is null)
            {
                continue;
            }

            // Every cell published in the pool or in any of its years: a cell the report leaves out counts 0.
            var cells = index.Keys.Where(k => k.Period == pool.Text || parts.Contains(k.Period)).Select(k => (k.AreaType, k.AreaCode, k.Breakdown, k.Group)).Distinct();
            foreach (var (type, code, breakdown, group) in cells)
            {
                var relation = new List<(int, int)>();
                if (index.TryGetValue((pool.Text, type, code, breakdown, group), out var pooled))
                {
                    relation.Add((pooled, 1));
                }

                relation.AddRange(parts.Where(p => index.ContainsKey((p, type, code, breakdown, group))).Select(p => (index[(p, type, code, breakdown, group)], -1)));
                yield return [.. relation];
            }
        }
    }

    // The single periods that run back to back from the pool's first day to its last, or null when one is missing.
    private static List<string>? Tiling((DateOnly Start, DateOnly End, int Months, string Text) pool, Dictionary<DateOnly, (DateOnly Start, DateOnly End, int Months, string Text)> singles)
    {
        var parts = new List<string>();
        for (var cursor = pool.Start; cursor <= pool.End;)
        {
            if (!singles.TryGetValue(cursor, out var single) || single.End > pool.End)
            {
                return null;
            }

            parts.Add(single.Text);
            cursor = single.End.AddDays(1);
        }

        return parts;
    }

    private static (DateOnly Start, DateOnly End, int Months, string Text)? Parse(string period)
    {
        var dates = period.Split('/');
        return dates.Length == 2
            && DateOnly.TryParseExact(dates[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && DateOnly.TryParseExact(dates[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            ? (start, end, ((end.Year - start.Year) * 12) + end.Month - start.Month + 1, period)
            : null;
    }
}
