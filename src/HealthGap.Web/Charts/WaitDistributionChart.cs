using HealthGap.Core.WaitingList;
using HealthGap.Core.WaitingList.Publication;
using HealthGap.Core.WaitingList.Report;

namespace HealthGap.Web.Charts;

/// <summary>
/// The waiting-list report's chart of one breakdown's wait distribution: per group, a dark bar to the
/// median and a light bar to the 92nd percentile, each with its confidence interval as a whisker. Hidden
/// groups are drawn as a labelled gap, never as zero. Styled by the report's sheet (class <c>chart</c>).
/// </summary>
internal static class WaitDistributionChart
{
    private const int Width = 760;
    private const int LabelWidth = 190;
    private const int RowHeight = 26;
    private const int Top = 30;

    // The bar colours; the report's style sheet sets the same through the classes.
    private const string Dark = "#005eb8";
    private const string Light = "#9ec6ea";

    public static string Render(Breakdown breakdown, IReadOnlyList<PublishedWaitSummary> rows)
    {
        var max = NiceMax(rows.Select(r => r.Percentile92?.Upper ?? r.Percentile92?.Weeks ?? 0).DefaultIfEmpty(0).Max());
        var scale = new LinearScale(0, max, LabelWidth, Width - 30);
        var bottom = Top + (rows.Count * RowHeight) + 4;
        var svg = new SvgBuilder(
            $"dist-{breakdown.Id}", Width, Top + (rows.Count * RowHeight) + 44,
            $"Median and 92nd-percentile weeks waited by {breakdown.Title}, open pathways",
            "One row per group: a dark bar to the median and a light bar to the 92nd percentile, whiskers for their 95% confidence intervals. The table below has every figure.",
            "chart",
            withNamespace: false);
        svg.Raw($"<text x=\"{LabelWidth}\" y=\"16\" class=\"legend\"><tspan class=\"k-median\">■</tspan> median  <tspan class=\"k-p92\">■</tspan> 92nd percentile  — whiskers: 95% confidence interval</text>");
        foreach (var weeks in scale.Ticks(max <= 26 ? 2 : max <= 52 ? 6.5 : 13))
        {
            var x = scale.Map(weeks);
            svg.Line(x, Top, x, bottom, "grid");
            svg.Text(x, bottom + 14, ReportFormat.Number(weeks, weeks % 1 == 0 ? 0 : 1), "tick", "middle");
        }

        svg.Text(scale.Map(max), bottom + 28, "weeks waited", "tick", "end");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + (i * RowHeight);
            svg.Text(LabelWidth - 8, y + 17, row.Group + (row.IsReference ? " (ref.)" : string.Empty), "label", "end");
            if (row.Pathways == 0)
            {
                svg.Text(LabelWidth + 4, y + 17, "no pathways", "hidden-note");
                continue;
            }

            if (row.Median is not { Weeks: { } median } || row.Percentile92 is not { Weeks: { } p92 })
            {
                svg.Text(LabelWidth + 4, y + 17, "hidden to protect small numbers [c]", "hidden-note");
                continue;
            }

            svg.Rect(LabelWidth, y + 5, scale.Map(p92) - LabelWidth, 16, Light, "p92");
            svg.Rect(LabelWidth, y + 5, scale.Map(median) - LabelWidth, 16, Dark, "median");
            Whisker(svg, row.Median, scale, y + 9);
            Whisker(svg, row.Percentile92, scale, y + 17);
        }

        return svg.ToString();
    }

    /// <summary>The axis end: a round number of weeks (quarters of a year beyond 26) at or above <paramref name="value"/>.</summary>
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

    private static void Whisker(SvgBuilder svg, QuantileEstimate estimate, LinearScale scale, int y)
    {
        if (estimate.Lower is not { } lower || estimate.Upper is not { } upper)
        {
            return;
        }

        svg.Line(scale.Map(lower), y, scale.Map(upper), y, "whisker");
        svg.Line(scale.Map(lower), y - 3, scale.Map(lower), y + 3, "whisker");
        svg.Line(scale.Map(upper), y - 3, scale.Map(upper), y + 3, "whisker");
    }
}
