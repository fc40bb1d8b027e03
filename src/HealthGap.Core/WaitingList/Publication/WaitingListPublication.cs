using HealthGap.Core.Disclosure;

namespace HealthGap.Core.WaitingList.Publication;

/// <summary>
/// Passes every waiting-list figure through the project's disclosure gate and returns the only
/// publishable form, <see cref="PublishedWaitingList"/>. Counts are suppressed, rounded and
/// secondarily suppressed by the gate; quantiles, percentages, gaps and within-specialty differences
/// are shown only when the counts they are built on are published (<see cref="DisclosureGate.AllowsSummaryOf"/>).
/// It makes no suppression rule of its own.
/// </summary>
public static class WaitingListPublication
{
    /// <summary>Breakdown id of the per-treatment-function rows.</summary>
    public const string TreatmentFunctionBreakdown = PathwayAnalysis.TreatmentFunctionBreakdownId;

    /// <summary>Applies <paramref name="gate"/> to <paramref name="result"/>.</summary>
    public static PublishedWaitingList Publish(WaitingListResult result, DisclosureGate gate)
    {
        var openCounts = gate.Apply(WaitingListGateInput.Pathways(
            "open pathways by group", result.Breakdowns, result.Open, result.ByTreatmentFunction, result.GroupsByTreatmentFunction));
        var over = WaitSummaries.ThresholdWeeks.Select(w => gate.Apply(WaitingListGateInput.Over(
            $"open pathways waiting over {w} weeks by group", w, result.Breakdowns, result.Open, result.Confidence))).ToArray();
        var completedCounts = gate.Apply(WaitingListGateInput.Pathways("completed pathways by group", result.Breakdowns, result.Completed, [], []));

        var byId = Index(openCounts);
        var completedById = Index(completedCounts);
        return new PublishedWaitingList(
            result.Period,
            result.Confidence,
            gate.Policy.Label,
            result.Breakdowns,
            [.. result.Open.Select(s => Summary(s, byId, result.Breakdowns, over))],
            [.. result.Completed.Select(s => Summary(s, completedById, result.Breakdowns, []))],
            [.. result.ByTreatmentFunction.Select(s => Summary(s with { Breakdown = TreatmentFunctionBreakdown }, byId, result.Breakdowns, []))],
            [.. result.OpenGaps.Select(g => Gap(g, byId))],
            [.. result.CompletedGaps.Select(g => Gap(g, completedById))],
            [.. result.WithinSpecialty.Select(c => Within(c, byId))]);
    }

    private static Dictionary<string, PublishedCell> Index(PublishedTable table) =>
        table.Cells.ToDictionary(c => c.Id, StringComparer.Ordinal);

    private static PublishedWaitSummary Summary(WaitSummary s, Dictionary<string, PublishedCell> counts, IReadOnlyList<Breakdown> breakdowns, PublishedTable[] over)
    {
        var id = CellIds.Of(s.Breakdown, s.Group, CellIds.Pathways);
        var cell = counts[id];
        var shown = DisclosureGate.AllowsSummaryOf([cell]);
        var breakdown = breakdowns.FirstOrDefault(b => b.Id == s.Breakdown);
        var overs = over.Select((table, i) =>
        {
            var published = table[CellIds.Of(s.Breakdown, s.Group, CellIds.Over(WaitSummaries.ThresholdWeeks[i]))];
            return shown
                ? new PublishedPercent(published.Numerator, published.Value, published.LowerLimit, published.UpperLimit)
                : new PublishedPercent(null, null, null, null);
        }).ToArray();
        return new PublishedWaitSummary(
            s.Breakdown,
            s.Group,
            breakdown is not null && breakdown.Reference.Label == s.Group && breakdown != WaitingListBreakdowns.All,
            cell.Numerator,
            shown ? s.Median : null,
            shown ? s.Percentile92 : null,
            overs);
    }

    private static PublishedGap Gap(GapEstimate g, Dictionary<string, PublishedCell> counts)
    {
        var shown = DisclosureGate.AllowsSummaryOf(
            [counts[CellIds.Of(g.Breakdown, g.Group, CellIds.Pathways)], counts[CellIds.Of(g.Breakdown, g.Reference, CellIds.Pathways)]]);
        return new PublishedGap(g.Breakdown, g.Group, g.Reference, shown ? g.Crude : null, shown ? g.Adjusted : null);
    }

    private static PublishedSpecialtyComparison Within(SpecialtyComparison c, Dictionary<string, PublishedCell> counts)
    {
        var group = counts[CellIds.Within(c.Breakdown, c.Group, c.TreatmentFunction)];
        var reference = counts[CellIds.Within(c.Breakdown, c.Reference, c.TreatmentFunction)];
        var shown = DisclosureGate.AllowsSummaryOf([group, reference]);
        return new PublishedSpecialtyComparison(
            c.Breakdown, c.Group, c.Reference, c.TreatmentFunction, group.Numerator, reference.Numerator,
            shown ? c.MedianWeeks : null, shown ? c.ReferenceMedianWeeks : null, shown ? c.Difference : null);
    }
}
