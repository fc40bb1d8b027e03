namespace HealthGap.Core.Disclosure;

/// <summary>
/// Chooses complementary cells to hide so that no primarily suppressed count can be recovered by
/// subtracting published cells from published totals. It works in two stages. First each table's own
/// margins: the classic rule (a margin with exactly one hidden member gets its next-smallest member
/// hidden, repeated until stable), then an exact linear-algebra audit (<see cref="RecoverabilityAudit"/>)
/// for what chains of margins give away. Then, when the caller links tables (areas nested in areas),
/// the same rule over every margin together and an exact audit over all of them
/// (<see cref="LinkedDetermination"/>), hiding more only where a small count could still be worked out
/// across levels. The first stage is what each table gets gated alone, so cells no link touches keep it.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Returns, per cell, why it is hidden (None when published).</summary>
    /// <param name="counts">The true counts.</param>
    /// <param name="initial">Primary suppression: SmallCount, Withheld or None per cell.</param>
    /// <param name="margins">Margins as cell indices; Linked ones join tables protected on their own first.</param>
    public static SuppressionReason[] Run(long[] counts, SuppressionReason[] initial, IReadOnlyList<(int Total, int[] Parts, bool Linked)> margins)
    {
        var reasons = (SuppressionReason[])initial.Clone();
        if (margins.Count == 0 || !initial.Any(r => r == SuppressionReason.SmallCount))
        {
            return reasons;
        }

        foreach (var table in OwnTables(margins.Where(m => !m.Linked).Select(m => (m.Total, m.Parts)).ToList(), counts.Length))
        {
            ProtectOwnTables(counts, reasons, new MarginIndex(table));
        }

        if (margins.Any(m => m.Linked))
        {
            ProtectLinkedTables(counts, reasons, new MarginIndex([.. margins.Select(m => (m.Total, m.Parts))]));
        }

        return reasons;
    }

    // The caller's own tables are the groups of cells their unlinked margins tie together (one per area
    // in a report); each is protected alone, exactly as if gated alone, and at the cost of its own size.
    private static IEnumerable<List<(int Total, int[] Parts)>> OwnTables(List<(int Total, int[] Parts)> margins, int cells)
    {
        var root = Enumerable.Range(0, cells).ToArray();
        int Find(int c)
        {
            while (root[c] != c)
            {
                c = root[c] = root[root[c]];
            }

            return c;
        }

        foreach (var (total, parts) in margins)
        {
            foreach (var part in parts)
            {
                root[Find(part)] = Find(total);
            }
        }

        return margins.GroupBy(m => Find(m.Total)).Select(g => g.ToList());
    }

    private static void ProtectOwnTables(long[] counts, SuppressionReason[] reasons, MarginIndex index)
    {
        while (true)
        {
            HideComplementsUntilStable(counts, reasons, index.Margins);
            var determined = RecoverabilityAudit.DeterminedCells([.. reasons.Select(r => r != SuppressionReason.None)], index.Margins);
            if (determined.Count == 0 || BreakDetermination(counts, reasons, index, determined[0]) is not { } breaker)
            {
                return;
            }

            reasons[breaker] = SuppressionReason.Complementary;
        }
    }

    // Across linked tables only small counts matter (a recovered complement is a count of 8 or more, or 0),
    // and every small count worked out in one audit is broken before the next, the audit being the costly step.
    private static void ProtectLinkedTables(long[] counts, SuppressionReason[] reasons, MarginIndex index)
    {
        while (true)
        {
            HideComplementsUntilStable(counts, reasons, index.Margins);
            var determined = LinkedDetermination.DeterminedCells([.. reasons.Select(r => r != SuppressionReason.None)], index.Margins)
                .Where(c => reasons[c] == SuppressionReason.SmallCount).ToList();
            var touched = new HashSet<int>();
            var broke = false;
            foreach (var cell in determined)
            {
                if (index.MarginsOf(cell).Any(touched.Contains) || BreakDetermination(counts, reasons, index, cell) is not { } breaker)
                {
                    continue;
                }

                reasons[breaker] = SuppressionReason.Complementary;
                touched.UnionWith(index.MarginsOf(cell));
                touched.UnionWith(index.MarginsOf(breaker));
                broke = true;
            }

            if (!broke)
            {
                return;
            }
        }
    }

    private static void HideComplementsUntilStable(long[] counts, SuppressionReason[] reasons, IReadOnlyList<(int Total, int[] Parts)> margins)
    {
        bool Hidden(int i) => reasons[i] != SuppressionReason.None;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (total, parts) in margins)
            {
                // A withheld total is nobody's secret: a margin whose only hidden member it is needs nothing more.
                var hiddenMembers = parts.Count(Hidden) + (Hidden(total) ? 1 : 0);
                if (hiddenMembers == 1 && reasons[total] != SuppressionReason.Withheld && !parts.Any(p => reasons[p] == SuppressionReason.Withheld)
                    && PickComplement(counts, reasons, total, parts, -1) is { } pick)
                {
                    reasons[pick] = SuppressionReason.Complementary;
                    changed = true;
                }
            }
        }
    }

    // Smallest visible non-zero part (a zero hides nothing), then any visible part, then the total.
    private static int? PickComplement(long[] counts, SuppressionReason[] reasons, int total, int[] parts, int exclude)
    {
        var visible = parts.Where(p => p != exclude && reasons[p] == SuppressionReason.None).ToArray();
        var nonZero = visible.Where(p => counts[p] != 0).OrderBy(p => counts[p]).ThenBy(p => p).ToArray();
        if (nonZero.Length > 0)
        {
            return nonZero[0];
        }

        if (visible.Length > 0)
        {
            return visible.OrderBy(p => p).First();
        }

        return total != exclude && reasons[total] == SuppressionReason.None ? total : null;
    }

    // Walks outwards from the recoverable cell through margins until one has a visible member to hide.
    private static int? BreakDetermination(long[] counts, SuppressionReason[] reasons, MarginIndex index, int cell)
    {
        var seen = new HashSet<int> { cell };
        var frontier = new Queue<int>([cell]);
        while (frontier.Count > 0)
        {
            var current = frontier.Dequeue();
            foreach (var margin in index.MarginsOf(current))
            {
                var (total, parts) = index.Margins[margin];
                if (PickComplement(counts, reasons, total, parts, current) is { } pick)
                {
                    return pick;
                }

                foreach (var member in parts.Append(total).Where(m => seen.Add(m)))
                {
                    frontier.Enqueue(member);
                }
            }
        }

        return null;
    }

    /// <summary>The margins, and for each cell the margins it is a member of (in margin order).</summary>
    private sealed class MarginIndex
    {
        private readonly Dictionary<int, List<int>> _ofCell = [];

        public MarginIndex(IReadOnlyList<(int Total, int[] Parts)> margins)
        {
            Margins = margins;
            for (var m = 0; m < margins.Count; m++)
            {
                foreach (var member in margins[m].Parts.Append(margins[m].Total).Distinct())
                {
                    if (!_ofCell.TryGetValue(member, out var list))
                    {
                        _ofCell[member] = list = [];
                    }

                    list.Add(m);
                }
            }
        }

        public IReadOnlyList<(int Total, int[] Parts)> Margins { get; }

        public IReadOnlyList<int> MarginsOf(int cell) => _ofCell.TryGetValue(cell, out var list) ? list : [];
    }
}
