namespace HealthGap.Core.WaitingList;

/// <summary>
/// Pathways held column by column for fast grouping: each pathway's wait in days, its case-mix
/// stratum (treatment function × priority) and its group in every base breakdown. Pseudonymous
/// by construction: it holds no person id, only the values the analysis needs.
/// </summary>
internal sealed class PathwaySet
{
    public PathwaySet(
        int[] waitDays,
        int[] stratum,
        byte[][] groups,
        IReadOnlyList<string> treatmentFunctions,
        IReadOnlyList<string> priorities)
    {
        WaitDays = waitDays;
        Stratum = stratum;
        Groups = groups;
        TreatmentFunctions = treatmentFunctions;
        Priorities = priorities;
    }

    /// <summary>Number of pathways.</summary>
    public int Count => WaitDays.Length;

    /// <summary>Days from RTT clock start to the snapshot (open) or to the clock stop (completed).</summary>
    public int[] WaitDays { get; }

    /// <summary>Case-mix stratum per pathway: treatment-function index × priority count + priority index.</summary>
    public int[] Stratum { get; }

    /// <summary>Group per pathway for each base breakdown, indexed [breakdown][pathway].</summary>
    public byte[][] Groups { get; }

    /// <summary>Treatment function codes seen, in code order (the stratum's first part).</summary>
    public IReadOnlyList<string> TreatmentFunctions { get; }

    /// <summary>Priorities seen, in order (the stratum's second part).</summary>
    public IReadOnlyList<string> Priorities { get; }

    /// <summary>Number of case-mix strata.</summary>
    public int StratumCount => TreatmentFunctions.Count * Priorities.Count;

    /// <summary>Treatment-function index of a stratum.</summary>
    public int TreatmentFunctionOf(int stratum) => stratum / Priorities.Count;
}
