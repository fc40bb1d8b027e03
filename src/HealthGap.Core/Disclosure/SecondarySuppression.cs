namespace HealthGap.Core.Disclosure;

/// <summary>
/// Chooses complementary cells to hide so that no primarily suppressed count can be recovered by
/// subtracting published cells from published totals. First the classic rule (a margin with exactly
/// one hidden member gets its next-smallest member hidden, repeated until stable), then an exact
/// linear-algebra audit (<see cref="RecoverabilityAudit"/>) catches what chains of margins give away.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Returns, per cell, why it is hidden (None when published).</summary>
    public static SuppressionReason[] Run(long[] counts, bool[] primary, IReadOnlyList<(int Total, int[] Parts)> margins)
    {
        var reasons = primary.Select(p => p ? SuppressionReason.SmallCount : SuppressionReason.None).ToArray();
        if (margins.Count == 0 || !primary.Any(p => p))
        {
            return reasons;
        }

        bool Hidden(int i) => reasons[i] != SuppressionReason.None;
        while (true)
        {
            var changed = false;
            foreach (var (total, parts) in margins)
            {
                var hiddenMembers = parts.Count(Hidden) + (Hidden(total) ? 1 : 0);
                if (hiddenMembers == 1 && PickComplement(counts, reasons, total, parts, -1) is { } pick)
                {
                    reasons[pick] = SuppressionReason.Complementary;
                    changed = true;
                }
            }

            if (changed)
            {
                continue;
            }

            var determined = RecoverabilityAudit.DeterminedCells(reasons.Select(r => r != SuppressionReason.None).ToArray(), margins);
            if (determined.Count == 0)
            {
                return reasons;
            }

            var breaker = BreakDetermination(counts, reasons, margins, determined[0]);
            if (breaker is null)
            {
                return reasons;
            }

            reasons[breaker.Value] = SuppressionReason.Complementary;
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
    private static int? BreakDetermination(long[] counts, SuppressionReason[] reasons, IReadOnlyList<(int Total, int[] Parts)> margins, int cell)
    {
        var seen = new HashSet<int> { cell };
        var frontier = new Queue<int>([cell]);
        while (frontier.Count > 0)
        {
            var current = frontier.Dequeue();
            foreach (var (total, parts) in margins.Where(m => m.Total == current || m.Parts.Contains(current)))
            {
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
}
