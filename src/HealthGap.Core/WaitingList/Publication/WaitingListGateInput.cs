using HealthGap.Core.Disclosure;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.WaitingList.Publication;

/// <summary>
/// The one seam between the waiting-list results and the disclosure gate: turns result rows into
/// <see cref="DisclosureTable"/>s (cells plus the margins that tie them). Pathway counts, and each
/// long-wait count with its Wilson percentage, are separate tables because no margin crosses them.
/// </summary>
internal static class WaitingListGateInput
{
    /// <summary>Pathway counts per group (plus treatment functions and group × treatment function, when given).</summary>
    public static DisclosureTable Pathways(
        string name,
        IReadOnlyList<Breakdown> breakdowns,
        IReadOnlyList<WaitSummary> summaries,
        IReadOnlyList<WaitSummary> byTreatmentFunction,
        IReadOnlyList<GroupSpecialtyCount> withinSpecialty)
    {
        var cells = summaries.Select(s => new DisclosureCell(CellIds.Of(s.Breakdown, s.Group, CellIds.Pathways), s.Pathways))
            .Concat(byTreatmentFunction.Select(s => new DisclosureCell(CellIds.Of(WaitingListPublication.TreatmentFunctionBreakdown, s.Group, CellIds.Pathways), s.Pathways)))
            .Concat(withinSpecialty.Select(c => new DisclosureCell(CellIds.Within(c.Breakdown, c.Group, c.TreatmentFunction), c.Pathways)))
            .ToArray();
        var counts = cells.ToDictionary(c => c.Id, c => c.Numerator, StringComparer.Ordinal);
        long? Count(string id) => counts.TryGetValue(id, out var n) ? n : null;
        var margins = WaitingListMargins.Groups(breakdowns, CellIds.Pathways, Count);
        if (withinSpecialty.Count > 0)
        {
            var functions = byTreatmentFunction.Select(s => s.Group).ToArray();
            var bases = breakdowns.Where(b => withinSpecialty.Any(c => c.Breakdown == b.Id)).ToArray();
            margins = margins.Concat(WaitingListMargins.WithinSpecialty(bases, functions, Count));
        }

        return new DisclosureTable(name, cells, [.. margins]);
    }

    /// <summary>Waits over <paramref name="weeks"/> weeks per group, each with its percentage of the group (Wilson limits).</summary>
    public static DisclosureTable Over(string name, int weeks, IReadOnlyList<Breakdown> breakdowns, IReadOnlyList<WaitSummary> summaries, double confidence)
    {
        var measure = CellIds.Over(weeks);
        var levels = ConfidenceLevels.Of(confidence);
        var cells = summaries.Select(s =>
        {
            var over = OverCount(s, weeks);
            var percent = s.Pathways > 0 ? Proportion.Wilson(over, s.Pathways, 100, levels) : null;
            return new DisclosureCell(CellIds.Of(s.Breakdown, s.Group, measure), over, s.Pathways, percent?.Value, percent?.Lower, percent?.Upper);
        }).ToArray();
        var counts = cells.ToDictionary(c => c.Id, c => c.Numerator, StringComparer.Ordinal);
        return new DisclosureTable(name, cells, [.. WaitingListMargins.Groups(breakdowns, measure, id => counts.TryGetValue(id, out var n) ? n : null)]);
    }

    private static int OverCount(WaitSummary summary, int weeks) => weeks switch
    {
        18 => summary.Over18Weeks,
        52 => summary.Over52Weeks,
        65 => summary.Over65Weeks,
        _ => throw new ArgumentOutOfRangeException(nameof(weeks), weeks, "long-wait thresholds are 18, 52 and 65 weeks."),
    };
}
