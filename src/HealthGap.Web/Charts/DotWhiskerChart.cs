namespace HealthGap.Web.Charts;

/// <summary>
/// Groups as rows, each value a dot with its 95% confidence interval as a whisker, and a dashed
/// line for the whole-population value: the deprivation gradient (IMD deciles top to bottom, most
/// deprived first) and the ethnicity and PLUS-group comparisons.
/// </summary>
internal static class DotWhiskerChart
{
    private const double Width = 640;
    private const double Left = 190;
    private const double Right = 24;
    private const double Top = 12;
    private const double Row = 26;
    private const double Bottom = 44;

    /// <summary>The most characters of a group label that fit left of the plot at 13 px (the table beside has them all).</summary>
    public const int MaxLabel = 27;

    public static string Render(string id, string title, string description, IReadOnlyList<ChartPoint> points,
        double? reference, string referenceLabel, string axisLabel, string suppressedLabel)
    {
        var height = Top + points.Count * Row + Bottom;
        var scale = LinearScale.Covering(
            points.SelectMany(p => new[] { p.Value, p.Lower, p.Upper }).Append(reference).OfType<double>(), Left, Width - Right);
        var svg = new SvgBuilder(id, Width, height, title, description);
        var plotBottom = Top + points.Count * Row;
        foreach (var tick in scale.Ticks())
        {
            var x = scale.Map(tick);
            svg.Line(x, Top, x, plotBottom, "hg-grid");
            svg.Text(x, plotBottom + 16, Format.Number(tick), "hg-tick", "middle");
        }

        svg.Text((Left + Width - Right) / 2, plotBottom + 36, axisLabel, "hg-axis-label", "middle");
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var y = Top + i * Row + Row / 2;
            svg.Text(Left - 8, y + 4, Fit(p.Label), "hg-label", "end");
            if (p.Value is not { } value)
            {
                svg.Text(Left + 6, y + 4, p.Missing ?? suppressedLabel, "hg-suppressed");
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
            svg.Line(x, Top - 4, x, plotBottom, "hg-reference");
            svg.Text(Math.Min(x + 4, Width - Right - 4), Top + 2, referenceLabel, "hg-reference-label", x > Width - 160 ? "end" : "start");
        }

        svg.Line(Left, plotBottom, Width - Right, plotBottom, "hg-axis");
        return svg.ToString();
    }

    /// <summary>A label shortened with an ellipsis so it is not cut off at the chart's left edge.</summary>
    public static string Fit(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)].TrimEnd() + "…";
}
