using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Disclosure.Audit;

/// <summary>
/// Checks a published report the way an outsider would attack it, without any of the gate's code:
/// reads what was published (<see cref="ReportFolder"/>), turns each published count into the interval
/// its true value must lie in (<see cref="CountBounds"/>), writes down every relation among the rows
/// (<see cref="AuditRelations"/>: groups within areas, breakdowns within breakdowns, areas within areas,
/// grand totals, pooled years as the sum of their single years) and narrows every hidden count's interval with them (<see cref="IntervalSolver"/>).
/// A hidden count is recoverable when its interval is at most <c>maxWidth</c> wide and holds a count
/// from 1 to the threshold − 1. It does not find what needs several relations combined at once
/// rather than one after another, nor use the confidence limits; docs/disclosure.md lists the limits.
/// </summary>
public static class DisclosureAudit
{
    /// <summary>Audits every indicator and period of a report (an indicator's periods together, since pooled years link them).</summary>
    /// <param name="folder">The report.</param>
    /// <param name="geography">Which areas add up to which.</param>
    /// <param name="maxWidth">Largest interval width (highest − lowest) that counts as recovered; 0 = exact only.</param>
    public static DisclosureAuditResult Run(ReportFolder folder, AuditGeography geography, int maxWidth = 1)
    {
        var groups = folder.Cells.Select((c, i) => (Cell: c, Index: i)).GroupBy(x => x.Cell.Indicator).ToList();
        var outcomes = new (List<(int Index, AuditFinding Finding)> Findings, int Relations, int Inconsistent, int Hidden)[groups.Count];
        Parallel.For(0, groups.Count, g =>
        {
            var rows = groups[g].Select(x => x.Cell).ToList();
            var indexes = groups[g].Select(x => x.Index).ToList();
            outcomes[g] = AuditOne(folder, geography, rows, indexes, maxWidth);
        });

        var warnings = new List<string>();
        if (folder.Links.Count == 0 && folder.Cells.Any(c => c.AreaType == AreaTypes.Practice))
        {
            warnings.Add("the report has no areas.csv: practices were not checked against their PCNs (only against grand totals).");
        }

        return new DisclosureAuditResult(
            folder.Cells.Count,
            outcomes.Sum(o => o.Hidden),
            outcomes.Sum(o => o.Relations),
            [.. outcomes.SelectMany(o => o.Findings).OrderBy(f => f.Index).ThenBy(f => f.Finding.Count, StringComparer.Ordinal).Select(f => f.Finding)],
            folder.FormatDifferences,
            outcomes.Sum(o => o.Inconsistent),
            warnings);
    }

    private static (List<(int, AuditFinding)>, int, int, int) AuditOne(
        ReportFolder folder, AuditGeography geography, List<ReportCell> rows, List<int> indexes, int maxWidth)
    {
        var relations = AuditRelations.For(rows, geography);
        var (measure, multiplier) = folder.Measures.GetValueOrDefault(rows[0].Indicator, ("", 1));
        // Person-years are rounded cell by cell, so their relations hold only approximately and the value
        // is not a ratio of whole counts: they narrow nothing (a hidden one stays unknown).
        var personYears = folder.PersonYearsDenominators.Contains(rows[0].Indicator);
        var numerators = new (long Low, long High)[rows.Count];
        var denominators = new (long Low, long High)[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var n = CountBounds.Of(row.Numerator, folder.SmallestPublishedCount, folder.RoundTo);
            var d = row.Denominator is null && !row.DenominatorHidden ? (0, CountBounds.Unbounded) : CountBounds.Of(row.Denominator, folder.SmallestPublishedCount, folder.RoundTo);
            (numerators[i], denominators[i]) = row.Numerator is null || row.Denominator is null || personYears ? (n, d) : CountBounds.Refine(n, d, row.Value, measure, multiplier);
        }

        var inconsistent = IntervalSolver.Narrow(numerators, relations) + (personYears ? 0 : IntervalSolver.Narrow(denominators, relations));
        var findings = new List<(int, AuditFinding)>();
        var hidden = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var (count, isHidden, bound) in new[] { ("numerator", rows[i].Numerator is null, numerators[i]), ("denominator", rows[i].DenominatorHidden, denominators[i]) })
            {
                hidden += isHidden ? 1 : 0;
                if (isHidden && bound.High - bound.Low <= maxWidth && bound.Low < folder.SmallestPublishedCount && bound.High >= 1)
                {
                    findings.Add((indexes[i], new AuditFinding(rows[i], count, bound.Low, bound.High, "differencing")));
                }
            }
        }

        return (findings, relations.Count, inconsistent, hidden);
    }
}
