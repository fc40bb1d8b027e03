using HealthGap.Core.WaitingList;
using HealthGap.Core.WaitingList.Publication;
using HealthGap.Core.WaitingList.Report;

namespace HealthGap.Web.Charts;

/// <summary>
/// The waiting-list report's forest plot of one breakdown's gaps on a log scale: per group, the crude
/// ratio (grey square) and the case-mix-adjusted ratio (blue diamond) with their confidence intervals,
/// against a line at 1 (same typical wait as the reference group). Styled by the report's sheet.
/// </summary>
internal static class GapForestPlot
{
    private const int Width = 760;
    private const int LabelWidth = 190;
    private const int RowHeight = 30;
    private const int Top = 30;
    private const string Grey = "#4c6272";
    private const string Blue = "#005eb8";

    public static string Render(Breakdown breakdown, IReadOnlyList<PublishedGap> gaps)
    {
        var limits = gaps.SelectMany(g => new[] { g.Crude?.Lower, g.Crude?.Upper, g.Adjusted?.Lower, g.Adjusted?.Upper })
            .Where(v => v is > 0).Select(v => v!.Value).ToArray();
        var low = Math.Min(0.8, limits.DefaultIfEmpty(1).Min() * 0.95);
        var high = Math.Max(1.25, limits.DefaultIfEmpty(1).Max() * 1.05);
        // A log scale is a linear scale of the logarithm.
        var scale = new LinearScale(Math.Log(low), Math.Log(high), LabelWidth, Width - 30);
        double X(double ratio) => scale.Map(Math.Log(ratio));
        var bottom = Top + (gaps.Count * RowHeight) + 4;
        var svg = new SvgBuilder(
            $"gap-{breakdown.Id}", Width, bottom + 40,
            $"Ratio of typical waits against {breakdown.Reference.Label}, crude and adjusted for specialty and priority, by {breakdown.Title}",
            "One row per group: a square for the crude ratio and a diamond for the adjusted ratio, lines for their 95% confidence intervals, on a log scale with a line at 1 (the same typical wait). The table below has every figure.",
            "chart",
            withNamespace: false);
        svg.Raw($"<text x=\"{LabelWidth}\" y=\"16\" class=\"legend\"><tspan class=\"k-crude\">■</tspan> crude  <tspan class=\"k-adjusted\">◆</tspan> adjusted for specialty and priority — lines: 95% confidence interval</text>");
        foreach (var tick in Ticks(low, high))
        {
            svg.Line(X(tick), Top, X(tick), bottom, tick == 1 ? "one" : "grid");
            svg.Text(X(tick), bottom + 14, ReportFormat.Number(tick, 2), "tick", "middle");
        }

        svg.Text(Width - 30, bottom + 30, $"× typical wait of {breakdown.Reference.Label} (log scale)", "tick", "end");
        for (var i = 0; i < gaps.Count; i++)
        {
            var gap = gaps[i];
            var y = Top + (i * RowHeight);
            svg.Text(LabelWidth - 8, y + 19, gap.Group, "label", "end");
            if (gap.Adjusted?.Ratio is null && gap.Crude?.Ratio is null)
            {
                svg.Text(LabelWidth + 4, y + 19, "hidden to protect small numbers, or not estimable", "hidden-note");
                continue;
            }

            Point(svg, gap.Crude, X, y + 9, "crude", Grey, Square);
            Point(svg, gap.Adjusted, X, y + 21, "adjusted", Blue, Diamond);
        }

        return svg.ToString();
    }

    /// <summary>Ratios worth a grid line (halves, thirds, quarters and their inverses) between the limits.</summary>
    internal static IEnumerable<double> Ticks(double low, double high) =>
        new[] { 0.25, 0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 2, 3, 4 }.Where(t => t >= low && t <= high);

    private static void Point(SvgBuilder svg, RatioEstimate? estimate, Func<double, double> x, int y, string css, string fill, Func<double, int, string> marker)
    {
        if (estimate?.Ratio is not { } ratio)
        {
            return;
        }

        if (estimate is { Lower: { } lower, Upper: { } upper })
        {
            svg.Line(x(lower), y, x(upper), y, "ci-" + css);
        }

        svg.Path(marker(x(ratio), y), fill, $"pt-{css}{(estimate.IsSignificant ? " sig" : string.Empty)}");
    }

    private static string Square(double x, int y) => $"M{SvgBuilder.N(x - 4)} {y - 4}h8v8h-8z";

    private static string Diamond(double x, int y) => $"M{SvgBuilder.N(x)} {y - 6}l6 6l-6 6l-6 -6z";
}
