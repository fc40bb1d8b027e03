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
    public WaitingListResult Run(string storePath, WaitingListPeriod period)
    {
        if (!File.Exists(storePath))
        {
            throw new WaitingListStoreException(
                $"no store at '{storePath}'. Load extracts with healthgap ingest first, or pass --store with the path of a HealthGap DuckDB store.");
        }

        using var connection = new DuckDBConnection($"Data Source={storePath};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return Run(connection, period);
    }

    /// <summary>Runs the analysis on an open store connection.</summary>
    public WaitingListResult Run(DuckDBConnection connection, WaitingListPeriod period)
    {
        var (open, completed) = PathwayReader.Read(connection, period);
        return Analyse(open, completed, period);
    }

    internal WaitingListResult Analyse(PathwaySet open, PathwaySet completed, WaitingListPeriod period)
    {
        var breakdowns = new List<Breakdown> { Breakdowns.All };
        breakdowns.AddRange(Breakdowns.Base);
        breakdowns.AddRange(Breakdowns.Intersections);
        var openSide = new PathwayAnalysis(open, confidence);
        var completedSide = new PathwayAnalysis(completed, confidence);
        var openSummaries = new List<WaitSummary>();
        var completedSummaries = new List<WaitSummary>();
        var openGaps = new List<GapEstimate>();
        var completedGaps = new List<GapEstimate>();
        var withinSpecialty = new List<SpecialtyComparison>();
        var groupsByFunction = new List<GroupSpecialtyCount>();
        for (var i = 0; i < breakdowns.Count; i++)
        {
            var breakdown = breakdowns[i];
            var openCodes = openSide.Codes(breakdown, i - 1);
            var completedCodes = completedSide.Codes(breakdown, i - 1);
            openSummaries.AddRange(openSide.Summaries(breakdown, openCodes));
            completedSummaries.AddRange(completedSide.Summaries(breakdown, completedCodes));
            if (breakdown == Breakdowns.All)
            {
                continue;
            }

            openGaps.AddRange(openSide.Gaps(breakdown, openCodes));
            completedGaps.AddRange(completedSide.Gaps(breakdown, completedCodes));
            if (!breakdown.IsIntersection)
            {
                var (comparisons, counts) = openSide.WithinSpecialty(breakdown, openCodes);
                withinSpecialty.AddRange(comparisons);
                groupsByFunction.AddRange(counts);
            }
        }

        return new WaitingListResult(period, confidence, breakdowns, openSummaries, completedSummaries, openGaps, completedGaps, withinSpecialty,
            openSide.ByTreatmentFunction(), groupsByFunction);
    }
}
