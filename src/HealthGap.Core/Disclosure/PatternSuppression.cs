namespace HealthGap.Core.Disclosure;

/// <summary>
/// Secondary suppression across linked tables by construction rather than by search. For each small
/// count it hides a whole <em>pattern</em>: the cells of one shift vector per dimension multiplied
/// together (<see cref="SumDimension"/>). Adding +t to the pattern's positive cells and −t to its
/// negative ones changes no published total anywhere, at any level, so the small count can be anything
/// from c − slack to c + slack as far as an outsider can tell; hiding more cells later never narrows that.
/// Among the candidate patterns it picks the one whose newly hidden cells hold the least (the sum of
/// their counts, plus one per cell), so it reuses cells already hidden and spares the large totals people look at, and requires a slack of at least 2 either way (every cell of
/// the pattern can move by one without going below 0), so no hidden count is pinned to one or two values.
/// A count with no such pattern (every candidate meets a cell the report leaves out, which is a known 0)
/// gets the best one available and is counted in <see cref="Outcome.Unprotected"/>.
/// </summary>
internal static class PatternSuppression
{
    /// <summary>How many shift vectors per dimension are tried for each small count.</summary>
    public const int CandidatesPerDimension = 8;

    /// <summary>How many for periods (a year alone, or with another year of its pools).</summary>
    public const int CandidatesPerPeriod = 3;

    // How much more a hidden count costs in a whole area (the ICB) or the all-persons group, each.
    private const double WholeWeight = 10;

    // What a pattern without slack costs extra, in hidden counts.
    private const double UnsafePenalty = 1000;

    /// <summary>The reasons after suppression, and how many small counts had no pattern with enough slack.</summary>
    public readonly record struct Outcome(SuppressionReason[] Reasons, int Unprotected);

    /// <summary>Hides complementary cells so that no cell marked <see cref="SuppressionReason.SmallCount"/> can be narrowed to two values or fewer.</summary>
    public static Outcome Run(LinkedDisclosureTable table, Dictionary<long, int> index, long[] counts, SuppressionReason[] initial)
    {
        var reasons = (SuppressionReason[])initial.Clone();
        var slack = new Slack(counts.Length);
        var publishedClasses = table.PublishedClasses();

        // First pass: the cheapest pattern for each small count not yet protected, one without slack
        // allowed when the safe ones would hide far more. Every cell of a pattern moves with it, so one
        // pattern can protect several small counts, and two patterns can protect one together: one
        // letting it go down, the other up (any mix of feasible moves is feasible).
        // Second pass: any small count still pinned to one or two values gets a pattern with slack, whatever it costs.
        foreach (var penalty in new[] { UnsafePenalty, double.PositiveInfinity })
        {
            for (var c = 0; c < counts.Length; c++)
            {
                if (initial[c] == SuppressionReason.SmallCount && !slack.Protects(c)
                    && Best(table, index, publishedClasses, counts, reasons, slack, c, penalty) is { } best)
                {
                    slack.Apply(best, counts);
                    foreach (var (cell, _) in best)
                    {
                        if (reasons[cell] == SuppressionReason.None)
                        {
                            reasons[cell] = SuppressionReason.Complementary;
                        }
                    }
                }
            }
        }

        var unprotected = Enumerable.Range(0, counts.Length).Count(c => initial[c] == SuppressionReason.SmallCount && !slack.Protects(c));
        return new Outcome(reasons, unprotected);
    }

    /// <summary>How far each count can move down and up as far as an outsider can tell, from the patterns hidden so far.</summary>
    private sealed class Slack(int cells)
    {
        private readonly long[] _down = new long[cells];
        private readonly long[] _up = new long[cells];

        public long Down(int cell) => _down[cell];

        public long Up(int cell) => _up[cell];

        public bool Protects(int cell) => Enough(_down[cell], _up[cell]);

        public static bool Enough(long down, long up) => down >= 2 || up >= 2 || down + up >= 2;

        // A cell can go down by the smallest count on its own side of the pattern and up by the smallest on the other.
        public void Apply(List<(int Cell, int Sign)> pattern, long[] counts)
        {
            long plus = long.MaxValue, minus = long.MaxValue;
            foreach (var (cell, sign) in pattern)
            {
                if (sign > 0)
                {
                    plus = Math.Min(plus, counts[cell]);
                }
                else
                {
                    minus = Math.Min(minus, counts[cell]);
                }
            }

            foreach (var (cell, sign) in pattern)
            {
                var (own, other) = sign > 0 ? (plus, minus) : (minus, plus);
                _down[cell] = Math.Max(_down[cell], own);
                _up[cell] = Math.Max(_up[cell], other);
            }
        }
    }

    // Searches the candidate vectors dimension by dimension; each dimension's candidates may touch only
    // nodes that have a cell beside every node already chosen in the earlier dimensions, so every
    // combination tried is a complete pattern of existing cells.
    private static List<(int Cell, int Sign)>? Best(
        LinkedDisclosureTable table, Dictionary<long, int> index, HashSet<long> publishedClasses, long[] counts, SuppressionReason[] reasons,
        Slack slack, int target, double penalty)
    {
        var dimensions = table.Dimensions;
        var at = table.Coordinates[target];
        var chosen = new (int Node, int Coefficient)[dimensions.Count][];
        var nodes = new int[dimensions.Count];
        var cells = new List<(int Cell, int Sign)>();
        (List<(int Cell, int Sign)> Cells, bool Safe, double Cost)? best = null;

        void Search(int d)
        {
            if (d == dimensions.Count)
            {
                var found = Evaluate(table, index, publishedClasses, counts, reasons, slack, target, chosen, nodes, cells, double.IsPositiveInfinity(penalty));
                if (found is { } f && Score(f, penalty) < double.PositiveInfinity
                    && (best is null || Score(f, penalty) < Score((best.Value.Safe, best.Value.Cost), penalty)))
                {
                    best = ([.. cells], f.Safe, f.Cost);
                }

                return;
            }

            var probe = (int[])at.Clone();

            // The smallest count at probe over every node already chosen in the earlier dimensions
            // (-1 when a cell is missing: a known 0 the pattern cannot move).
            long Smallest(int e)
            {
                if (e == dimensions.Count)
                {
                    return index.TryGetValue(LinkedDisclosureTable.Key(probe), out var cell) ? counts[cell]
                        : table.IsPublished(publishedClasses, probe) ? -1 : long.MaxValue;
                }

                if (e >= d)
                {
                    probe[e] = e == d ? probe[e] : at[e];
                    return Smallest(e + 1);
                }

                var smallest = long.MaxValue;
                foreach (var (node, _) in chosen[e])
                {
                    probe[e] = node;
                    smallest = Math.Min(smallest, Smallest(e + 1));
                    if (smallest < 0)
                    {
                        break;
                    }
                }

                return smallest;
            }

            // A node's size: the smallest count beside every node chosen so far (-1: not usable). Larger
            // sizes give the pattern more slack.
            long Size(int n)
            {
                probe[d] = n;
                return Smallest(0);
            }

            foreach (var vector in dimensions[d].Candidates(at[d], dimensions[d].SharedTotal ? CandidatesPerDimension : CandidatesPerPeriod, Size))
            {
                chosen[d] = vector;
                Search(d + 1);

                // A pattern already hidden entirely protects the count at no cost: nothing can beat it.
                if (best is { Safe: true, Cost: 0 })
                {
                    return;
                }
            }
        }

        Search(0);
        return best?.Cells;
    }

    // A pattern without slack either way still hides the count from exact differencing and, among
    // other hidden patterns, usually from narrowing too; it is preferred only when the safe ones would
    // hide much more (totals for the whole ICB, say).
    private static double Score((bool Safe, double Cost) pattern, double penalty) => pattern.Safe ? pattern.Cost : pattern.Cost + penalty;

    // The pattern's cells (all must exist), its cost (new cells hidden, then their counts) and its slack.
    private static (bool Safe, double Cost)? Evaluate(
        LinkedDisclosureTable table, Dictionary<long, int> index, HashSet<long> publishedClasses, long[] counts, SuppressionReason[] reasons, Slack slack, int target,
        (int Node, int Coefficient)[][] vectors, int[] nodes, List<(int Cell, int Sign)> cells, bool repairing)
    {
        cells.Clear();
        double cost = 0;
        var position = new int[vectors.Length];
        while (true)
        {
            var sign = 1;
            for (var d = 0; d < vectors.Length; d++)
            {
                (nodes[d], var coefficient) = vectors[d][position[d]];
                sign *= coefficient;
            }

            if (index.TryGetValue(LinkedDisclosureTable.Key(nodes), out var cell))
            {
                cells.Add((cell, sign));
                if (reasons[cell] == SuppressionReason.None)
                {
                    var weight = 1.0;
                    var wholes = 0;
                    for (var d = 0; d < nodes.Length; d++)
                    {
                        wholes += table.Dimensions[d].IsWhole(nodes[d]) ? 1 : 0;
                        weight *= table.Dimensions[d].IsWhole(nodes[d]) ? WholeWeight : 1;
                    }

                    // The headline (the whole area, all persons) is never given up for another count's slack.
                    if (repairing && wholes >= 2)
                    {
                        return null;
                    }

                    cost += (1 + counts[cell]) * weight;
                }
            }
            else if (table.IsPublished(publishedClasses, nodes))
            {
                return null;
            }

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

        }

        // The target can move down by the smallest same-sign count and up by the smallest opposite one,
        // or as far as an earlier pattern already lets it.
        return (Slack.Enough(Math.Max(slack.Down(target), samePlus), Math.Max(slack.Up(target), oppositeMin)), cost);
    }
}
