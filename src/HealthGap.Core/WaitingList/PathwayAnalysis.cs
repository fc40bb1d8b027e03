namespace HealthGap.Core.WaitingList;

/// <summary>
/// The per-breakdown work on one set of pathways (open or completed), sharing the one sort by wait
/// and the log waits between breakdowns.
/// </summary>
internal sealed class PathwayAnalysis
{
    private readonly PathwaySet _set;
    private readonly double _confidence;
    private readonly int[] _order;
    private readonly double[] _logWait;

    public PathwayAnalysis(PathwaySet set, double confidence)
    {
        _set = set;
        _confidence = confidence;
        _order = SortedGroups.OrderByWait(set.WaitDays);
        _logWait = Array.ConvertAll(set.WaitDays, d => Math.Log(1.0 + d));
    }

    /// <summary>Group codes for <paramref name="breakdown"/>; <paramref name="baseIndex"/> is its index in <see cref="WaitingListBreakdowns.Base"/> when it is a base one.</summary>
    public int[] Codes(Breakdown breakdown, int baseIndex)
    {
        if (breakdown == WaitingListBreakdowns.All)
        {
            return BreakdownCodes.All(_set);
        }

        if (!breakdown.IsIntersection)
        {
            return BreakdownCodes.Base(_set, baseIndex);
        }

        var pair = WaitingListBreakdowns.IntersectionPairs[baseIndex - WaitingListBreakdowns.Base.Count];
        return BreakdownCodes.Intersection(_set, pair.First, pair.Second);
    }

    public IReadOnlyList<WaitSummary> Summaries(Breakdown breakdown, int[] codes) =>
        WaitSummaries.For(breakdown, SortedGroups.Split(_set.WaitDays, _order, codes, breakdown.Levels.Count), _confidence);

    public IReadOnlyList<GapEstimate> Gaps(Breakdown breakdown, int[] codes) =>
        GapEstimates.For(breakdown, CellStatistics.From(_logWait, codes, breakdown.Levels.Count, _set.Stratum, Math.Max(_set.StratumCount, 1)), _confidence);

    /// <summary>Median differences within each treatment function, and the group × treatment-function counts behind them.</summary>
    public (IReadOnlyList<SpecialtyComparison> Comparisons, IReadOnlyList<GroupSpecialtyCount> Counts) WithinSpecialty(Breakdown breakdown, int[] codes)
    {
        var functions = _set.TreatmentFunctions.Count;
        var combined = BreakdownCodes.WithinTreatmentFunction(_set, codes);
        var groups = SortedGroups.Split(_set.WaitDays, _order, combined, breakdown.Levels.Count * functions);
        var counts = new List<GroupSpecialtyCount>(breakdown.Levels.Count * functions);
        for (var g = 0; g < breakdown.Levels.Count; g++)
        {
            for (var t = 0; t < functions; t++)
            {
                counts.Add(new GroupSpecialtyCount(breakdown.Id, breakdown.Levels[g].Label, _set.TreatmentFunctions[t], groups.Days((g * functions) + t).Length));
            }
        }

        return ([.. SpecialtyComparisons.For(breakdown, _set, groups, _confidence)], counts);
    }

    /// <summary>Waits per treatment function (breakdown id <c>treatment_function</c>, group label = code).</summary>
    public IReadOnlyList<WaitSummary> ByTreatmentFunction()
    {
        var codes = Array.ConvertAll(_set.Stratum, _set.TreatmentFunctionOf);
        var levels = _set.TreatmentFunctions.Select(t => new GroupLevel(t, TreatmentFunctions.Name(t))).ToArray();
        var breakdown = new Breakdown(TreatmentFunctionBreakdownId, "Treatment function", levels, 0);
        return levels.Length == 0 ? [] : Summaries(breakdown, codes);
    }

    /// <summary>Breakdown id of the per-treatment-function summaries.</summary>
    public const string TreatmentFunctionBreakdownId = "treatment_function";
}
