namespace HealthGap.Core.Disclosure;

/// <summary>
/// Secondary suppression across linked tables by construction rather than by search. For each small
/// count it hides a whole <em>pattern</em>: the cells of one shift vector per dimension multiplied
/// together (<see cref="SumDimension"/>). Adding +t to the pattern's positive cells and −t to its
/// negative ones changes no published total anywhere, at any level, so the small count can be anything
/// from c − slack to c + slack as far as an outsider can tell; hiding more cells later never narrows that.
/// Among the candidate patterns it picks the one that hides the fewest new cells (then the smallest
/// counts), reusing cells already hidden, and requires a slack of at least 2 either way (every cell of
/// the pattern can move by one without going below 0), so no hidden count is pinned to one or two values.
/// A count with no such pattern (every candidate meets a cell the report leaves out, which is a known 0)
/// gets the best one available and is counted in <see cref="Outcome.Unprotected"/>.
/// </summary>
internal static class PatternSuppression
{
    /// <summary>How many shift vectors per dimension are tried for each small count.</summary>
    public const int CandidatesPerDimension = 6;

    /// <summary>The reasons after suppression, and how many small counts had no pattern with enough slack.</summary>
    public readonly record struct Outcome(SuppressionReason[] Reasons, int Unprotected);

    /// <summary>Hides complementary cells so that no cell marked <see cref="SuppressionReason.SmallCount"/> can be narrowed to two values or fewer.</summary>
    public static Outcome Run(LinkedDisclosureTable table, Dictionary<long, int> index, long[] counts, SuppressionReason[] initial)
    {
        var reasons = (SuppressionReason[])initial.Clone();
        var unprotected = 0;
        for (var c = 0; c < counts.Length; c++)
        {
            if (initial[c] != SuppressionReason.SmallCount)
            {
                continue;
            }

            if (Best(table, index, counts, reasons, c) is not { } best)
            {
                unprotected++;
                continue;
            }

            unprotected += best.Safe ? 0 : 1;
            foreach (var cell in best.Cells)
            {
                if (reasons[cell] == SuppressionReason.None)
                {
                    reasons[cell] = SuppressionReason.Complementary;
                }
            }
        }

        return new Outcome(reasons, unprotected);
    }

    // Searches the candidate vectors dimension by dimension; each dimension's candidates may touch only
    // nodes that have a cell beside every node already chosen in the earlier dimensions, so every
    // combination tried is a complete pattern of existing cells.
    private static (int[] Cells, bool Safe)? Best(
        LinkedDisclosureTable table, Dictionary<long, int> index, long[] counts, SuppressionReason[] reasons, int target)
    {
        var dimensions = table.Dimensions;
        var at = table.Coordinates[target];
        var chosen = new (int Node, int Coefficient)[dimensions.Count][];
        var nodes = new int[dimensions.Count];
        var cells = new List<(int Cell, int Sign)>();
        (int[] Cells, bool Safe, double Cost)? best = null;

        void Search(int d)
        {
            if (d == dimensions.Count)
            {
                var found = Evaluate(index, counts, reasons, target, chosen, nodes, cells);
                if (found is { } f && (best is null || (f.Safe && !best.Value.Safe) || (f.Safe == best.Value.Safe && f.Cost < best.Value.Cost)))
                {
                    best = ([.. cells.Select(x => x.Cell)], f.Safe, f.Cost);
                }

                return;
            }

            var probe = (int[])at.Clone();
            bool AllExist(int e)
            {
                if (e == dimensions.Count)
                {
                    return index.ContainsKey(LinkedDisclosureTable.Key(probe));
                }

                if (e >= d)
                {
                    probe[e] = e == d ? probe[e] : at[e];
                    return AllExist(e + 1);
                }

                foreach (var (node, _) in chosen[e])
                {
                    probe[e] = node;
                    if (!AllExist(e + 1))
                    {
                        return false;
                    }
                }

                return true;
            }

            bool Usable(int n)
            {
                probe[d] = n;
                return AllExist(0);
            }

            foreach (var vector in dimensions[d].Candidates(at[d], CandidatesPerDimension, Usable))
            {
                chosen[d] = vector;
                Search(d + 1);
            }
        }

        Search(0);
        return best is { } b ? (b.Cells, b.Safe) : null;
    }

    // The pattern's cells (all must exist), its cost (new cells hidden, then their counts) and its slack.
    private static (bool Safe, double Cost)? Evaluate(
        Dictionary<long, int> index, long[] counts, SuppressionReason[] reasons, int target,
        (int Node, int Coefficient)[][] vectors, int[] nodes, List<(int Cell, int Sign)> cells)
    {
        cells.Clear();
        var position = new int[vectors.Length];
        while (true)
        {
            var sign = 1;
            for (var d = 0; d < vectors.Length; d++)
            {
                (nodes[d], var coefficient) = vectors[d][position[d]];
                sign *= coefficient;
            }

            if (!index.TryGetValue(LinkedDisclosureTable.Key(nodes), out var cell))
            {
                return null;
            }

            cells.Add((cell, sign));
            var k = 0;
            while (k < position.Length && ++position[k] >= vectors[k].Length)
            {
                position[k++] = 0;
            }

            if (k == position.Length)
            {
                break;
            }
        }

        var targetSign = cells.First(x => x.Cell == target).Sign;
        long samePlus = long.MaxValue, oppositeMin = long.MaxValue;
        double cost = 0;
        foreach (var (cell, sign) in cells)
        {
            if (sign == targetSign)
            {
                samePlus = Math.Min(samePlus, counts[cell]);
            }
            else
            {
                oppositeMin = Math.Min(oppositeMin, counts[cell]);
            }

            if (reasons[cell] == SuppressionReason.None)
            {
                cost += 1 + (counts[cell] / 1e7);
            }
        }

        // The target can move down by the smallest same-sign count and up by the smallest opposite one.
        var slack = oppositeMin == long.MaxValue ? long.MaxValue : samePlus + oppositeMin;
        return (slack >= 2, cost);
    }
}
