using System.Text;
using HealthGap.Core.WaitingList.Publication;

namespace HealthGap.Core.WaitingList.Report;

/// <summary>
/// Inline SVG forest plot of one breakdown's gaps on a log scale: per group, the crude ratio (grey
/// square) and the case-mix-adjusted ratio (blue diamond) with their confidence intervals, against
/// a line at 1 (same typical wait as the reference group).
/// </summary>
internal static class GapChart
{
    private const int Width = 760;
    private const int LabelWidth = 190;
    private const int RowHeight = 30;
    private const int Top = 30;

    public static string Render(Breakdown breakdown, IReadOnlyList<PublishedGap> gaps)
    {
        var limits = gaps.SelectMany(g => new[] { g.Crude?.Lower, g.Crude?.Upper, g.Adjusted?.Lower, g.Adjusted?.Upper })
            .Where(v => v is > 0).Select(v => v!.Value).ToArray();
        var low = Math.Min(0.8, limits.DefaultIfEmpty(1).Min() * 0.95);
        var high = Math.Max(1.25, limits.DefaultIfEmpty(1).Max() * 1.05);
        var plot = Width - LabelWidth - 30;
        double X(double ratio) => LabelWidth + ((Math.Log(ratio) - Math.Log(low)) / (Math.Log(high) - Math.Log(low)) * plot);
        var bottom = Top + (gaps.Count * RowHeight) + 4;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" viewBox=\"0 0 {Width} {bottom + 40}\" role=\"img\" aria-labelledby=\"gap-{breakdown.Id}-t\">");
        svg.Append($"<title id=\"gap-{breakdown.Id}-t\">Ratio of typical waits against {ReportFormat.Html(breakdown.Reference.Label)}, crude and adjusted for specialty and priority, by {ReportFormat.Html(breakdown.Title)}</title>");
        svg.Append($"<text x=\"{LabelWidth}\" y=\"16\" class=\"legend\"><tspan class=\"k-crude\">■</tspan> crude  <tspan class=\"k-adjusted\">◆</tspan> adjusted for specialty and priority — lines: 95% confidence interval</text>");
        foreach (var tick in Ticks(low, high))
        {
            var x = ReportFormat.Svg(X(tick));
            svg.Append($"<line x1=\"{x}\" x2=\"{x}\" y1=\"{Top}\" y2=\"{bottom}\" class=\"{(tick == 1 ? "one" : "grid")}\"/>");
            svg.Append($"<text x=\"{x}\" y=\"{bottom + 14}\" class=\"tick\" text-anchor=\"middle\">{ReportFormat.Number(tick, 2)}</text>");
        }

        svg.Append($"<text x=\"{LabelWidth + plot}\" y=\"{bottom + 30}\" class=\"tick\" text-anchor=\"end\">× typical wait of {ReportFormat.Html(breakdown.Reference.Label)} (log scale)</text>");
        for (var i = 0; i < gaps.Count; i++)
        {
            var gap = gaps[i];
            var y = Top + (i * RowHeight);
            svg.Append($"<text x=\"{LabelWidth - 8}\" y=\"{y + 19}\" class=\"label\" text-anchor=\"end\">{ReportFormat.Html(gap.Group)}</text>");
            if (gap.Adjusted?.Ratio is null && gap.Crude?.Ratio is null)
            {
                svg.Append($"<text x=\"{LabelWidth + 4}\" y=\"{y + 19}\" class=\"hidden-note\">hidden to protect small numbers, or not estimable</text>");
                continue;
            }

            Point(svg, gap.Crude, X, y + 9, "crude", Square);
            Point(svg, gap.Adjusted, X, y + 21, "adjusted", Diamond);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    internal static IEnumerable<double> Ticks(double low, double high) =>
        new[] { 0.25, 0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 2, 3, 4 }.Where(t => t >= low && t <= high);

    private static void Point(StringBuilder svg, RatioEstimate? estimate, Func<double, double> x, int y, string css, Func<double, int, string> marker)
    {
        if (estimate?.Ratio is not { } ratio)
        {
            return;
        }

        if (estimate is { Lower: { } lower, Upper: { } upper })
        {
            svg.Append($"<line x1=\"{ReportFormat.Svg(x(lower))}\" x2=\"{ReportFormat.Svg(x(upper))}\" y1=\"{y}\" y2=\"{y}\" class=\"ci-{css}\"/>");
        }

        svg.Append($"<path d=\"{marker(x(ratio), y)}\" class=\"pt-{css}{(estimate.IsSignificant ? " sig" : string.Empty)}\"/>");
    }

    private static string Square(double x, int y) => $"M{ReportFormat.Svg(x - 4)} {y - 4}h8v8h-8z";

    private static string Diamond(double x, int y) => $"M{ReportFormat.Svg(x)} {y - 6}l6 6l-6 6l-6 -6z";
}
