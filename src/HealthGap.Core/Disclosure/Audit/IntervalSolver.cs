namespace HealthGap.Core.Disclosure.Audit;

/// <summary>
/// Narrows every count's interval with the relations, the way an outsider differences tables: each
/// relation says Σ sign·count = 0, so each member lies between minus the largest and minus the smallest
/// sum the other members allow. Narrowing one count re-checks every relation it is in, so chains across
/// levels (practice → PCN → ICB → sub-ICB) are followed until nothing narrows further. Counts are never
/// negative; rounding intervals of published counts narrow too when the relations allow.
/// </summary>
internal static class IntervalSolver
{
    private const long Unbounded = CountBounds.Unbounded;

    /// <summary>Narrows <paramref name="bounds"/> in place; returns the relations found inconsistent (true counts never are).</summary>
    public static int Narrow((long Low, long High)[] bounds, IReadOnlyList<(int Row, int Sign)[]> relations)
    {
        var relationsOf = new List<int>[bounds.Length];
        for (var r = 0; r < relations.Count; r++)
        {
            foreach (var (row, _) in relations[r])
            {
                (relationsOf[row] ??= []).Add(r);
            }
        }

        var queued = new bool[relations.Count];
        var queue = new Queue<int>(Enumerable.Range(0, relations.Count));
        Array.Fill(queued, true);
        var inconsistent = new HashSet<int>();
        var budget = 200L * (relations.Count + 1);
        while (queue.Count > 0 && budget-- > 0)
        {
            var r = queue.Dequeue();
            queued[r] = false;
            foreach (var changed in NarrowOne(bounds, relations[r], () => inconsistent.Add(r)))
            {
                foreach (var other in relationsOf[changed].Where(o => !queued[o]))
                {
                    queued[other] = true;
                    queue.Enqueue(other);
                }
            }
        }

        return inconsistent.Count;
    }

    private static List<int> NarrowOne((long Low, long High)[] bounds, (int Row, int Sign)[] relation, Action onEmpty)
    {
        // Each term sign·x lies in [min, max]; an unbounded end is counted, not summed.
        long sumMin = 0, sumMax = 0;
        int infiniteMin = 0, infiniteMax = 0;
        foreach (var (row, sign) in relation)
        {
            var (min, max, minInfinite, maxInfinite) = Term(bounds[row], sign);
            infiniteMin += minInfinite ? 1 : 0;
            infiniteMax += maxInfinite ? 1 : 0;
            sumMin += minInfinite ? 0 : min;
            sumMax += maxInfinite ? 0 : max;
        }

        var changed = new List<int>();
        foreach (var (row, sign) in relation)
        {
            var (min, max, minInfinite, maxInfinite) = Term(bounds[row], sign);
            var othersMinKnown = infiniteMin - (minInfinite ? 1 : 0) == 0;
            var othersMaxKnown = infiniteMax - (maxInfinite ? 1 : 0) == 0;
            var othersMin = sumMin - (minInfinite ? 0 : min);
            var othersMax = sumMax - (maxInfinite ? 0 : max);

            // sign·x = −(others): in [−othersMax, −othersMin].
            var (low, high) = bounds[row];
            if (sign > 0)
            {
                low = othersMaxKnown ? Math.Max(low, -othersMax) : low;
                high = othersMinKnown ? Math.Min(high, -othersMin) : high;
            }
            else
            {
                low = othersMinKnown ? Math.Max(low, othersMin) : low;
                high = othersMaxKnown ? Math.Min(high, othersMax) : high;
            }

            if (low > high)
            {
                onEmpty();
                continue;
            }

            if ((low, high) != bounds[row])
            {
                bounds[row] = (low, high);
                changed.Add(row);
            }
        }

        return changed;
    }

    private static (long Min, long Max, bool MinInfinite, bool MaxInfinite) Term((long Low, long High) bound, int sign) =>
        sign > 0
            ? (bound.Low, bound.High, false, bound.High >= Unbounded)
            : (-bound.High, -bound.Low, bound.High >= Unbounded, false);
}
