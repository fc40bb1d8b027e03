using System.Text;
using HealthGap.Core.WaitingList.Publication;

namespace HealthGap.Core.WaitingList.Report;

/// <summary>
/// Inline SVG of one breakdown's wait distribution: per group, a dark bar to the median and a light
/// bar to the 92nd percentile, each with its confidence interval as a whisker. Hidden groups are
/// drawn as a labelled gap, never as zero.
/// </summary>
internal static class DistributionChart
{
    private const int Width = 760;
    private const int LabelWidth = 190;
    private const int RowHeight = 26;
    private const int Top = 30;

    public static string Render(Breakdown breakdown, IReadOnlyList<PublishedWaitSummary> rows)
    {
        var max = NiceMax(rows.Select(r => r.Percentile92?.Upper ?? r.Percentile92?.Weeks ?? 0).DefaultIfEmpty(0).Max());
        var plot = Width - LabelWidth - 30;
        double X(double weeks) => LabelWidth + (weeks / max * plot);
        var height = Top + (rows.Count * RowHeight) + 44;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"dist-{breakdown.Id}-t\">");
        svg.Append($"<title id=\"dist-{breakdown.Id}-t\">Median and 92nd-percentile weeks waited by {ReportFormat.Html(breakdown.Title)}, open pathways</title>");
        svg.Append($"<text x=\"{LabelWidth}\" y=\"16\" class=\"legend\"><tspan class=\"k-median\">■</tspan> median  <tspan class=\"k-p92\">■</tspan> 92nd percentile  — whiskers: 95% confidence interval</text>");
        Axis(svg, max, X, Top, Top + (rows.Count * RowHeight) + 4);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + (i * RowHeight);
            var label = row.Group + (row.IsReference ? " (ref.)" : string.Empty);
            svg.Append($"<text x=\"{LabelWidth - 8}\" y=\"{y + 17}\" class=\"label\" text-anchor=\"end\">{ReportFormat.Html(label)}</text>");
            if (row.Pathways == 0)
            {
                svg.Append($"<text x=\"{LabelWidth + 4}\" y=\"{y + 17}\" class=\"hidden-note\">no pathways</text>");
                continue;
            }

            if (row.Median is not { Weeks: { } median } || row.Percentile92 is not { Weeks: { } p92 })
            {
                svg.Append($"<text x=\"{LabelWidth + 4}\" y=\"{y + 17}\" class=\"hidden-note\">hidden to protect small numbers [c]</text>");
                continue;
            }

            svg.Append($"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{ReportFormat.Svg(X(p92) - LabelWidth)}\" height=\"16\" class=\"p92\"/>");
            svg.Append($"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{ReportFormat.Svg(X(median) - LabelWidth)}\" height=\"16\" class=\"median\"/>");
            Whisker(svg, row.Median, X, y + 9);
            Whisker(svg, row.Percentile92, X, y + 17);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    internal static double NiceMax(double value)
    {
        foreach (var step in new[] { 10.0, 20, 26, 40, 52, 78, 104, 130, 156, 208 })
        {
            if (value <= step)
            {
                return step;
            }
        }

        return Math.Ceiling(value / 52) * 52;
    }

    private static void Axis(StringBuilder svg, double max, Func<double, double> x, int top, int bottom)
    {
        var step = max <= 26 ? 2 : max <= 52 ? 6.5 : 13;
        for (var w = 0.0; w <= max + 1e-9; w += step)
        {
            svg.Append($"<line x1=\"{ReportFormat.Svg(x(w))}\" x2=\"{ReportFormat.Svg(x(w))}\" y1=\"{top}\" y2=\"{bottom}\" class=\"grid\"/>");
            svg.Append($"<text x=\"{ReportFormat.Svg(x(w))}\" y=\"{bottom + 14}\" class=\"tick\" text-anchor=\"middle\">{ReportFormat.Number(w, w % 1 == 0 ? 0 : 1)}</text>");
        }

        svg.Append($"<text x=\"{ReportFormat.Svg(x(max))}\" y=\"{bottom + 28}\" class=\"tick\" text-anchor=\"end\">weeks waited</text>");
    }

    private static void Whisker(StringBuilder svg, QuantileEstimate estimate, Func<double, double> x, int y)
    {
        if (estimate.Lower is not { } lower || estimate.Upper is not { } upper)
        {
            return;
        }

        svg.Append($"<line x1=\"{ReportFormat.Svg(x(lower))}\" x2=\"{ReportFormat.Svg(x(upper))}\" y1=\"{y}\" y2=\"{y}\" class=\"whisker\"/>");
        svg.Append($"<line x1=\"{ReportFormat.Svg(x(lower))}\" x2=\"{ReportFormat.Svg(x(lower))}\" y1=\"{y - 3}\" y2=\"{y + 3}\" class=\"whisker\"/>");
        svg.Append($"<line x1=\"{ReportFormat.Svg(x(upper))}\" x2=\"{ReportFormat.Svg(x(upper))}\" y1=\"{y - 3}\" y2=\"{y + 3}\" class=\"whisker\"/>");
    }
}
