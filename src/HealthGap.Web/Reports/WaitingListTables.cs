using System.Text;
using HealthGap.Core.WaitingList;
using HealthGap.Core.WaitingList.Publication;
using HealthGap.Core.WaitingList.Report;

namespace HealthGap.Web.Reports;

/// <summary>The HTML data tables beside each chart (every charted figure is also in a table).</summary>
internal static class WaitingListTables
{
    /// <summary>Shown where a group has no pathways: nothing to hide, nothing to estimate.</summary>
    private const string NoPathways = "–";

    public static string Waits(string caption, IReadOnlyList<PublishedWaitSummary> rows, bool withLongWaits)
    {
        var html = new StringBuilder();
        html.Append($"<table><caption>{ReportHtml.Encode(caption)}</caption><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Pathways</th>");
        html.Append("<th scope=\"col\">Median weeks (95% CI)</th><th scope=\"col\">92nd percentile weeks (95% CI)</th>");
        if (withLongWaits)
        {
            html.Append("<th scope=\"col\">% over 18 weeks (95% CI)</th><th scope=\"col\">% over 52 weeks</th><th scope=\"col\">% over 65 weeks</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append($"<tr><th scope=\"row\">{ReportHtml.Encode(row.Group)}{(row.IsReference ? " <span class=\"ref\">(reference)</span>" : string.Empty)}</th>");
            html.Append($"<td class=\"count\">{ReportFormat.Count(row.Pathways)}</td>");
            var none = row.Pathways == 0;
            html.Append($"<td>{(none ? NoPathways : Quantile(row.Median))}</td><td>{(none ? NoPathways : Quantile(row.Percentile92))}</td>");
            if (withLongWaits)
            {
                html.Append($"<td>{(none ? NoPathways : ReportFormat.WithInterval(row.Over[0].Percent, row.Over[0].Lower, row.Over[0].Upper, 1))}</td>");
                html.Append($"<td>{(none ? NoPathways : ReportFormat.Number(row.Over[1].Percent, 1))}</td><td>{(none ? NoPathways : ReportFormat.Number(row.Over[2].Percent, 1))}</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    public static string Gaps(string caption, IReadOnlyList<PublishedGap> gaps)
    {
        var html = new StringBuilder();
        html.Append($"<table><caption>{ReportHtml.Encode(caption)}</caption><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Compared with</th>");
        html.Append("<th scope=\"col\">Crude ratio (95% CI)</th><th scope=\"col\">Adjusted ratio (95% CI)</th><th scope=\"col\">After adjustment</th></tr></thead><tbody>");
        foreach (var gap in gaps)
        {
            html.Append($"<tr><th scope=\"row\">{ReportHtml.Encode(gap.Group)}</th><td>{ReportHtml.Encode(gap.Reference)}</td>");
            html.Append($"<td>{Ratio(gap.Crude)}</td><td>{Ratio(gap.Adjusted)}</td><td>{Verdict(gap.Adjusted)}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    public static string WithinSpecialty(string caption, IReadOnlyList<PublishedSpecialtyComparison> rows)
    {
        var html = new StringBuilder();
        html.Append($"<table><caption>{ReportHtml.Encode(caption)}</caption><thead><tr><th scope=\"col\">Treatment function</th><th scope=\"col\">Group</th>");
        html.Append("<th scope=\"col\">Compared with</th><th scope=\"col\">Median weeks</th><th scope=\"col\">Comparison median weeks</th><th scope=\"col\">Difference, weeks (95% CI)</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            var breakdown = WaitingListBreakdowns.Base.First(b => b.Id == row.Breakdown);
            html.Append($"<tr><th scope=\"row\">{ReportHtml.Encode(TreatmentFunctions.Name(row.TreatmentFunction))}</th>");
            html.Append($"<td>{ReportHtml.Encode(breakdown.Title)}: {ReportHtml.Encode(row.Group)}</td><td>{ReportHtml.Encode(row.Reference)}</td>");
            html.Append($"<td>{ReportFormat.Number(row.MedianWeeks, 1)}</td><td>{ReportFormat.Number(row.ReferenceMedianWeeks, 1)}</td>");
            html.Append($"<td>{ReportFormat.WithInterval(row.Difference?.Weeks, row.Difference?.Lower, row.Difference?.Upper, 1)}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    public static string Intersection(string caption, IReadOnlyList<PublishedWaitSummary> rows, IReadOnlyList<PublishedGap> gaps)
    {
        var html = new StringBuilder();
        html.Append($"<table><caption>{ReportHtml.Encode(caption)}</caption><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Pathways</th>");
        html.Append("<th scope=\"col\">Median weeks</th><th scope=\"col\">% over 18 weeks</th><th scope=\"col\">Adjusted ratio (95% CI)</th><th scope=\"col\">After adjustment</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            var gap = gaps.FirstOrDefault(g => g.Group == row.Group);
            html.Append($"<tr><th scope=\"row\">{ReportHtml.Encode(row.Group)}{(row.IsReference ? " <span class=\"ref\">(reference)</span>" : string.Empty)}</th>");
            html.Append($"<td class=\"count\">{ReportFormat.Count(row.Pathways)}</td><td>{(row.Pathways == 0 ? NoPathways : ReportFormat.Number(row.Median?.Weeks, 1))}</td><td>{(row.Pathways == 0 ? NoPathways : ReportFormat.Number(row.Over[0].Percent, 1))}</td>");
            html.Append(row.IsReference ? "<td>1 (reference)</td><td></td></tr>" : $"<td>{Ratio(gap?.Adjusted)}</td><td>{Verdict(gap?.Adjusted)}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Quantile(QuantileEstimate? estimate) => ReportFormat.WithInterval(estimate?.Weeks, estimate?.Lower, estimate?.Upper, 1);

    internal static string Ratio(RatioEstimate? ratio) => ReportFormat.WithInterval(ratio?.Ratio, ratio?.Lower, ratio?.Upper, 2);

    internal static string Verdict(RatioEstimate? ratio) => ratio switch
    {
        null or { Ratio: null } => "not shown",
        { IsSignificant: true, Ratio: > 1 } => "<strong class=\"longer\">waits longer</strong>",
        { IsSignificant: true } => "<strong class=\"shorter\">waits less</strong>",
        _ => "no clear difference",
    };
}
