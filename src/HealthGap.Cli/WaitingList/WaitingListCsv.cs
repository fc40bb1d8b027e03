using HealthGap.Cli.Output;
using HealthGap.Core.Disclosure;
using HealthGap.Core.WaitingList;
using HealthGap.Core.WaitingList.Publication;
using HealthGap.Core.WaitingList.Report;

namespace HealthGap.Cli.WaitingList;

/// <summary>
/// The CSV tables of a published waiting-list analysis. Hidden figures are written as the gate's
/// marker (<c>[c]</c>), never 0, and every row carries the disclosure policy label.
/// </summary>
internal static class WaitingListCsv
{
    private const string Marker = DisclosureGate.Marker;

    public static IReadOnlyList<string> Write(PublishedWaitingList published, string directory)
    {
        var titles = published.Breakdowns.ToDictionary(b => b.Id, b => b.Title, StringComparer.Ordinal);
        titles[WaitingListPublication.TreatmentFunctionBreakdown] = "Treatment function";
        return
        [
            Save(directory, "open_waits.csv", Waits(published.Open, titles, published.DisclosurePolicy, withLongWaits: true)),
            Save(directory, "completed_waits.csv", Waits(published.Completed, titles, published.DisclosurePolicy, withLongWaits: false)),
            Save(directory, "open_by_treatment_function.csv", Waits(published.ByTreatmentFunction, titles, published.DisclosurePolicy, withLongWaits: false)),
            Save(directory, "gaps_open.csv", Gaps(published.OpenGaps, titles, published.DisclosurePolicy)),
            Save(directory, "gaps_completed.csv", Gaps(published.CompletedGaps, titles, published.DisclosurePolicy)),
            Save(directory, "within_specialty.csv", Within(published.WithinSpecialty, published.DisclosurePolicy)),
        ];
    }

    private static ResultTable Waits(IReadOnlyList<PublishedWaitSummary> rows, Dictionary<string, string> titles, string policy, bool withLongWaits)
    {
        string[] columns =
        [
            "breakdown", "breakdown_title", "group", "is_reference", "pathways",
            "median_weeks", "median_lower", "median_upper", "p92_weeks", "p92_lower", "p92_upper",
        ];
        if (withLongWaits)
        {
            columns = [.. columns, .. WaitSummariesColumns()];
        }

        return new ResultTable("waits", [.. columns, "disclosure_policy"], rows.Select(r =>
        {
            IReadOnlyList<string?> row =
            [
                r.Breakdown, titles.GetValueOrDefault(r.Breakdown, r.Breakdown), r.Group, r.IsReference ? "yes" : "no", ReportFormat.CsvCount(r.Pathways),
                Limit(r.Median, q => q.Weeks), Limit(r.Median, q => q.Lower), Limit(r.Median, q => q.Upper),
                Limit(r.Percentile92, q => q.Weeks), Limit(r.Percentile92, q => q.Lower), Limit(r.Percentile92, q => q.Upper),
            ];
            if (withLongWaits)
            {
                row = [.. row, .. r.Over.SelectMany(o => new[] { ReportFormat.CsvCount(o.Count), ReportFormat.Number(o.Percent, 2), ReportFormat.Number(o.Lower, 2), ReportFormat.Number(o.Upper, 2) })];
            }

            return (IReadOnlyList<string?>)[.. row, policy];
        }).ToArray());
    }

    private static IEnumerable<string> WaitSummariesColumns() =>
        new[] { 18, 52, 65 }.SelectMany(w => new[] { $"over_{w}_weeks", $"pct_over_{w}", $"pct_over_{w}_lower", $"pct_over_{w}_upper" });

    private static ResultTable Gaps(IReadOnlyList<PublishedGap> gaps, Dictionary<string, string> titles, string policy) => new(
        "gaps",
        ["breakdown", "breakdown_title", "group", "reference", "crude_ratio", "crude_lower", "crude_upper", "crude_significant",
         "adjusted_ratio", "adjusted_lower", "adjusted_upper", "adjusted_significant", "disclosure_policy"],
        gaps.Select(g => (IReadOnlyList<string?>)
        [
            g.Breakdown, titles.GetValueOrDefault(g.Breakdown, g.Breakdown), g.Group, g.Reference,
            .. Ratio(g.Crude), .. Ratio(g.Adjusted), policy,
        ]).ToArray());

    private static ResultTable Within(IReadOnlyList<PublishedSpecialtyComparison> rows, string policy) => new(
        "within specialty",
        ["breakdown", "group", "reference", "treatment_function", "treatment_function_name", "pathways", "reference_pathways",
         "median_weeks", "reference_median_weeks", "difference_weeks", "difference_lower", "difference_upper", "significant", "disclosure_policy"],
        rows.Select(r => (IReadOnlyList<string?>)
        [
            r.Breakdown, r.Group, r.Reference, r.TreatmentFunction, TreatmentFunctions.Name(r.TreatmentFunction),
            ReportFormat.CsvCount(r.Pathways), ReportFormat.CsvCount(r.ReferencePathways),
            ReportFormat.Number(r.MedianWeeks, 2), ReportFormat.Number(r.ReferenceMedianWeeks, 2),
            ReportFormat.Number(r.Difference?.Weeks, 2), ReportFormat.Number(r.Difference?.Lower, 2), ReportFormat.Number(r.Difference?.Upper, 2),
            r.Difference is null ? Marker : r.Difference.IsSignificant ? "yes" : "no", policy,
        ]).ToArray());

    private static string[] Ratio(RatioEstimate? ratio) => ratio switch
    {
        null => [Marker, Marker, Marker, Marker],
        { Ratio: null } => [string.Empty, string.Empty, string.Empty, "not estimable"],
        _ => [ReportFormat.Number(ratio.Ratio, 4), ReportFormat.Number(ratio.Lower, 4), ReportFormat.Number(ratio.Upper, 4), ratio.IsSignificant ? "yes" : "no"],
    };

    /// <summary>A quantile part; hidden quantiles show the marker, missing limits stay empty ("not available").</summary>
    private static string Limit(QuantileEstimate? estimate, Func<QuantileEstimate, double?> part) =>
        estimate is null ? Marker : part(estimate) is { } v ? ReportFormat.Number(v, 2) : string.Empty;

    private static string Save(string directory, string name, ResultTable table)
    {
        var path = Path.Combine(directory, name);
        using var writer = new StreamWriter(path);
        table.WriteCsv(writer);
        return path;
    }
}
