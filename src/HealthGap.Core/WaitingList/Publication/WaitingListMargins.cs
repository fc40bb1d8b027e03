using HealthGap.Core.Disclosure;

namespace HealthGap.Core.WaitingList.Publication;

/// <summary>
/// The additive relationships among published waiting-list cells, so the gate's secondary
/// suppression can stop a hidden count being recovered by subtraction: every breakdown adds up
/// to all pathways, each intersection adds up to both of its breakdowns, deciles add up to
/// quintiles and to Core20, and group × treatment-function counts add up both ways. A margin is
/// declared only when it holds exactly in the data (e.g. decile → quintile would not if the
/// store's quintile and decile disagreed), so a false equation never reaches the gate.
/// </summary>
internal static class WaitingListMargins
{
    public static IEnumerable<DisclosureMargin> Groups(IReadOnlyList<Breakdown> breakdowns, string measure, Func<string, long?> count)
    {
        var candidates = new List<DisclosureMargin>();
        var all = CellIds.Of(WaitingListBreakdowns.All.Id, WaitingListBreakdowns.All.Levels[0].Label, measure);
        foreach (var breakdown in breakdowns.Where(b => b != WaitingListBreakdowns.All))
        {
            candidates.Add(new DisclosureMargin(all, Parts(breakdown, breakdown.Levels.Select((_, i) => i), measure)));
        }

        for (var i = 0; i < WaitingListBreakdowns.IntersectionPairs.Count; i++)
        {
            var (first, second) = WaitingListBreakdowns.IntersectionPairs[i];
            var a = WaitingListBreakdowns.Base[first];
            var b = WaitingListBreakdowns.Base[second];
            var ab = WaitingListBreakdowns.Intersections[i];
            candidates.AddRange(a.Levels.Select((level, x) => new DisclosureMargin(
                CellIds.Of(a.Id, level.Label, measure), Parts(ab, Enumerable.Range(0, b.Levels.Count).Select(y => (x * b.Levels.Count) + y), measure))));
            candidates.AddRange(b.Levels.Select((level, y) => new DisclosureMargin(
                CellIds.Of(b.Id, level.Label, measure), Parts(ab, Enumerable.Range(0, a.Levels.Count).Select(x => (x * b.Levels.Count) + y), measure))));
        }

        var quintile = WaitingListBreakdowns.Base[WaitingListBreakdowns.ImdQuintile];
        var decile = WaitingListBreakdowns.Base[WaitingListBreakdowns.ImdDecile];
        var core20 = WaitingListBreakdowns.Base[WaitingListBreakdowns.Core20];
        candidates.AddRange(quintile.Levels.Select((level, q) => new DisclosureMargin(
            CellIds.Of(quintile.Id, level.Label, measure), Parts(decile, q < 5 ? [2 * q, (2 * q) + 1] : [10], measure))));
        candidates.Add(new DisclosureMargin(CellIds.Of(core20.Id, core20.Levels[0].Label, measure), Parts(decile, [0, 1], measure)));
        candidates.Add(new DisclosureMargin(CellIds.Of(core20.Id, core20.Levels[1].Label, measure), Parts(decile, Enumerable.Range(2, 8), measure)));
        candidates.Add(new DisclosureMargin(CellIds.Of(core20.Id, core20.Levels[2].Label, measure), Parts(decile, [10], measure)));
        return candidates.Where(m => Holds(m, count));
    }

    /// <summary>Group × treatment function counts add up to each group and to each treatment function; treatment functions to all.</summary>
    public static IEnumerable<DisclosureMargin> WithinSpecialty(IReadOnlyList<Breakdown> bases, IReadOnlyList<string> treatmentFunctions, Func<string, long?> count)
    {
        var candidates = new List<DisclosureMargin>
        {
            new(CellIds.Of(WaitingListBreakdowns.All.Id, WaitingListBreakdowns.All.Levels[0].Label, CellIds.Pathways),
                treatmentFunctions.Select(t => CellIds.Of(WaitingListPublication.TreatmentFunctionBreakdown, t, CellIds.Pathways)).ToArray()),
        };
        foreach (var breakdown in bases)
        {
            candidates.AddRange(breakdown.Levels.Select(level => new DisclosureMargin(
                CellIds.Of(breakdown.Id, level.Label, CellIds.Pathways),
                treatmentFunctions.Select(t => CellIds.Within(breakdown.Id, level.Label, t)).ToArray())));
            candidates.AddRange(treatmentFunctions.Select(t => new DisclosureMargin(
                CellIds.Of(WaitingListPublication.TreatmentFunctionBreakdown, t, CellIds.Pathways),
                breakdown.Levels.Select(level => CellIds.Within(breakdown.Id, level.Label, t)).ToArray())));
        }

        return candidates.Where(m => Holds(m, count));
    }

    private static string[] Parts(Breakdown breakdown, IEnumerable<int> levels, string measure) =>
        levels.Select(i => CellIds.Of(breakdown.Id, breakdown.Levels[i].Label, measure)).ToArray();

    private static bool Holds(DisclosureMargin margin, Func<string, long?> count) =>
        count(margin.Total) is { } total && margin.Parts.Count > 0 && margin.Parts.All(p => count(p) is not null)
        && margin.Parts.Sum(p => count(p)!.Value) == total;
}
