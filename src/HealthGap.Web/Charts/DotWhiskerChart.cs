namespace HealthGap.Web.Charts;

/// <summary>
/// Groups as rows, each value a dot with its 95% confidence interval as a whisker, and a dashed
/// line for the whole-population value: the deprivation gradient (IMD deciles top to bottom, most
/// deprived first) and the ethnicity and PLUS-group comparisons. Wide, a group's label sits left of
/// its row; narrow (a phone), above it, so the plot keeps the whole width.
/// </summary>
internal static class DotWhiskerChart
{
    private const double Right = 24;
    private const double Top = 12;
    private const double Bottom = 44;

    /// <summary>The most characters of a group label that fit left of the plot at 13 px (the table beside has them all).</summary>
    public const int MaxLabel = 27;

    /// <summary>The most characters of a label that fit above a row in the narrow layout.</summary>
    public const int MaxNarrowLabel = 40;

    public static string Render(string id, string title, string description, IReadOnlyList<ChartPoint> points,
        double? reference, string referenceLabel, string axisLabel, string suppressedLabel, ChartFrame? frame = null)
    {
        frame ??= ChartFrame.Wide;
        var width = frame.Width;
        // Narrow: a label line, then the whisker, per row; the reference label gets a line of its own at the top.
        var (left, row, labelDrop, top) = frame.IsNarrow ? (12.0, 42.0, 14.0, Top + 18) : (190.0, 26.0, 0.0, Top);
        var right = frame.IsNarrow ? 16 : Right;
        var height = top + points.Count * row + Bottom;
        var scale = LinearScale.Covering(
            points.SelectMany(p => new[] { p.Value, p.Lower, p.Upper }).Append(reference).OfType<double>(), left, width - right);
        var svg = new SvgBuilder(id, frame, height, title, description);
        var plotBottom = top + points.Count * row;
        var ticks = scale.Ticks().ToArray();
        var every = TickSpacing(ticks.Length, width - left - right);
        for (var t = 0; t < ticks.Length; t++)
        {
            var x = scale.Map(ticks[t]);
            svg.Line(x, top, x, plotBottom, "hg-grid");
            if (t % every == 0)
            {
                svg.Text(x, plotBottom + 16, Format.Number(ticks[t]), "hg-tick", TickAnchor(x, width));
            }
        }

        svg.Text((left + width - right) / 2, plotBottom + 36, axisLabel, "hg-axis-label", "middle");
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var y = top + i * row + labelDrop + (row - labelDrop) / 2;
            _ = frame.IsNarrow
                ? svg.Text(left, top + i * row + labelDrop, Fit(p.Label, MaxNarrowLabel), "hg-label")
                : svg.Text(left - 8, y + 4, Fit(p.Label), "hg-label", "end");
            if (p.Value is not { } value)
            {
                svg.Text(left + 6, y + 4, p.Missing ?? suppressedLabel, "hg-suppressed");
                continue;
            }

            if (p.Lower is { } lo && p.Upper is { } hi)
            {
                svg.Line(scale.Map(lo), y, scale.Map(hi), y, "hg-ci");
                svg.Line(scale.Map(lo), y - 5, scale.Map(lo), y + 5, "hg-ci");
                svg.Line(scale.Map(hi), y - 5, scale.Map(hi), y + 5, "hg-ci");
            }

            svg.Circle(scale.Map(value), y, 5, ChartPalette.Blue, "hg-marker");
        }

        if (reference is { } r)
        {
            var x = scale.Map(r);
            svg.Line(x, top - 4, x, plotBottom, "hg-reference");
            if (frame.IsNarrow)
            {
                svg.Text(x, top - 8, referenceLabel, "hg-reference-label", x < width / 3 ? "start" : x > 2 * width / 3 ? "end" : "middle");
            }
            else
            {
                svg.Text(Math.Min(x + 4, width - right - 4), top + 2, referenceLabel, "hg-reference-label", x > width - 160 ? "end" : "start");
            }
        }

        svg.Line(left, plotBottom, width - right, plotBottom, "hg-axis");
        return svg.ToString();
    }

    /// <summary>A label shortened with an ellipsis so it is not cut off at the chart's left edge.</summary>
    public static string Fit(string label) => Fit(label, MaxLabel);

    private static string Fit(string label, int max) => label.Length <= max ? label : label[..(max - 1)].TrimEnd() + "…";

    /// <summary>Centred under its tick, unless that would run off the drawing's edge (a label is up to about 56 units wide).</summary>
    public static string TickAnchor(double x, double width) => x < 28 ? "start" : x > width - 28 ? "end" : "middle";

    /// <summary>Label every n-th tick so labels about 56 units wide do not run into each other.</summary>
    public static int TickSpacing(int ticks, double span) =>
        ticks <= 1 ? 1 : Math.Max(1, (int)Math.Ceiling(56 / (span / (ticks - 1))));
}
