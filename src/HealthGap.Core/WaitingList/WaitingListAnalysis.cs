using DuckDB.NET.Data;

namespace HealthGap.Core.WaitingList;

/// <summary>
/// The waiting-list analysis: open pathways at a snapshot and completed pathways in a period, split
/// by deprivation, ethnicity, language, PLUS groups, sex, age band and two-way intersections, with
/// distribution-free quantile intervals and gaps against a reference group, crude and adjusted for
/// treatment function × priority (a log-wait regression with stratum fixed effects; see
/// docs/waiting-list.md for why). It reads the store and returns raw results; it does not apply
/// disclosure control or write files (<see cref="Publication.WaitingListPublication"/> and the report do).
/// </summary>
public sealed class WaitingListAnalysis(double confidence = 0.95)
{
    /// <summary>Runs the analysis on the store at <paramref name="storePath"/> (opened read-only).</summary>
    /// <exception cref="WaitingListStoreException">The store is missing or lacks the tables.</exception>
    /// <exception cref="Store.StoreException">The file is not a store, or another process holds it.</exception>
    public WaitingListResult Run(string storePath, WaitingListPeriod period)
    {
        if (!File.Exists(storePath) && !Directory.Exists(storePath))
        {
            throw new WaitingListStoreException(
                $"no store at '{storePath}'. Load extracts with healthgap ingest first, or pass --store with the path of a HealthGap DuckDB store.");
        }

        using var connection = Store.StoreFile.OpenReadOnly(storePath, []);
        try
        {
            return Run(connection, period);
        }
        catch (WaitingListStoreException ex)
        {
            throw new WaitingListStoreException($"'{storePath}': {ex.Message}", ex);
        }
    }

    /// <summary>Runs the analysis on an open store connection.</summary>
    public WaitingListResult Run(DuckDBConnection connection, WaitingListPeriod period)
    {
        var (open, completed) = PathwayReader.Read(connection, period);
        return Analyse(open, completed, period);
    }

    internal WaitingListResult Analyse(PathwaySet open, PathwaySet completed, WaitingListPeriod period)
    {
        var breakdowns = new List<Breakdown> { WaitingListBreakdowns.All };
        breakdowns.AddRange(WaitingListBreakdowns.Base);
        breakdowns.AddRange(WaitingListBreakdowns.Intersections);
        var openSide = new PathwayAnalysis(open, confidence);
        var completedSide = new PathwayAnalysis(completed, confidence);

        // Breakdowns are independent, so they run in parallel; results are kept in report order.
        var parts = new BreakdownResult[breakdowns.Count];
        Parallel.For(0, breakdowns.Count, i => parts[i] = AnalyseBreakdown(breakdowns[i], i - 1, openSide, completedSide));
        return new WaitingListResult(
            period,
            confidence,
            breakdowns,
            [.. parts.SelectMany(p => p.Open)],
            [.. parts.SelectMany(p => p.Completed)],
            [.. parts.SelectMany(p => p.OpenGaps)],
            [.. parts.SelectMany(p => p.CompletedGaps)],
            [.. parts.SelectMany(p => p.WithinSpecialty)],
            openSide.ByTreatmentFunction(),
            [.. parts.SelectMany(p => p.GroupsByTreatmentFunction)]);
    }

    private static BreakdownResult AnalyseBreakdown(Breakdown breakdown, int baseIndex, PathwayAnalysis openSide, PathwayAnalysis completedSide)
    {
        var openCodes = openSide.Codes(breakdown, baseIndex);
        var completedCodes = completedSide.Codes(breakdown, baseIndex);
        var open = openSide.Summaries(breakdown, openCodes);
        var completed = completedSide.Summaries(breakdown, completedCodes);
        if (breakdown == WaitingListBreakdowns.All)
        {
            return new BreakdownResult(open, completed, [], [], [], []);
        }

        var (comparisons, counts) = breakdown.IsIntersection
            ? ((IReadOnlyList<SpecialtyComparison>)[], (IReadOnlyList<GroupSpecialtyCount>)[])
            : openSide.WithinSpecialty(breakdown, openCodes);
        return new BreakdownResult(open, completed, openSide.Gaps(breakdown, openCodes), completedSide.Gaps(breakdown, completedCodes), comparisons, counts);
    }

    private sealed record BreakdownResult(
        IReadOnlyList<WaitSummary> Open,
        IReadOnlyList<WaitSummary> Completed,
        IReadOnlyList<GapEstimate> OpenGaps,
        IReadOnlyList<GapEstimate> CompletedGaps,
        IReadOnlyList<SpecialtyComparison> WithinSpecialty,
        IReadOnlyList<GroupSpecialtyCount> GroupsByTreatmentFunction);
}
