namespace HealthGap.Web.Charts;

/// <summary>
/// Values over reporting periods with 95% confidence intervals. The first series is drawn with
/// circles, the second (e.g. the ICB for comparison) with squares and a dashed line. Narrow (a phone),
/// the legend stacks and only every other period is labelled when labels would touch.
/// </summary>
internal static class TrendChart
{
    private const double Height = 300;
    private const double Right = 24;
    private const double Top = 36;
    private const double Bottom = 56;
    private const double LegendRow = 22;

    public static string Render(string id, string title, string description, IReadOnlyList<TrendSeries> series, string axisLabel, ChartFrame? frame = null)
    {
        frame ??= ChartFrame.Wide;
        var width = frame.Width;
        var left = frame.IsNarrow ? 48.0 : 64.0;
        var right = frame.IsNarrow ? 16.0 : Right;
        // Narrow, each series' legend has a line of its own below the axis.
        var height = frame.IsNarrow ? Height + LegendRow * (Math.Min(series.Count, 2) - 1) : Height;
        var axisY = Height - Bottom;
        var svg = new SvgBuilder(id, frame, height, title, description);
        var labels = series.SelectMany(s => s.Points.Select(p => p.Label)).Distinct().ToList();
        var y = LinearScale.Covering(series.SelectMany(s => s.Points).SelectMany(p => new[] { p.Value, p.Lower, p.Upper }).OfType<double>(), axisY, Top);
        var step = labels.Count <= 1 ? 0 : (width - left - right - 40) / (labels.Count - 1);
        double X(string label) => labels.Count <= 1 ? (left + width - right) / 2 : left + 20 + labels.IndexOf(label) * step;
        foreach (var tick in y.Ticks())
        {
            svg.Line(left, y.Map(tick), width - right, y.Map(tick), "hg-grid");
            svg.Text(left - 6, y.Map(tick) + 4, Format.Number(tick), "hg-tick", "end");
        }

        // A period label is about 56 units wide at 13 px: label the last period and every n-th back from it.
        var every = step <= 0 ? 1 : Math.Max(1, (int)Math.Ceiling(60 / step));
        for (var i = 0; i < labels.Count; i++)
        {
            if ((labels.Count - 1 - i) % every == 0)
            {
                svg.Text(X(labels[i]), axisY + 18, labels[i], "hg-tick", "middle");
            }
        }

        svg.Text(frame.IsNarrow ? 4 : 14, Top - 14, axisLabel, "hg-axis-label");
        string[] colours = [ChartPalette.Blue, ChartPalette.Vermillion];
        for (var s = 0; s < series.Count && s < colours.Length; s++)
        {
            var colour = colours[s];
            var known = series[s].Points.Where(p => p.Value is not null).ToList();
            var offset = s * 6;
            if (known.Count > 1)
            {
                var data = string.Join(" ", known.Select((p, i) => (i == 0 ? "M" : "L") + SvgBuilder.N(X(p.Label) + offset) + " " + SvgBuilder.N(y.Map(p.Value!.Value))));
                svg.Raw($"<path d=\"{data}\" fill=\"none\" stroke=\"{colour}\" class=\"hg-line{(s == 1 ? " hg-dashed" : "")}\"/>");
            }

            foreach (var p in known)
            {
                var x = X(p.Label) + offset;
                if (p.Lower is { } lo && p.Upper is { } hi)
                {
                    svg.Line(x, y.Map(lo), x, y.Map(hi), "hg-ci");
                }

                _ = s == 0 ? svg.Circle(x, y.Map(p.Value!.Value), 5, colour, "hg-marker") : svg.Square(x, y.Map(p.Value!.Value), 4.5, colour);
            }

            var (legendX, legendY) = frame.IsNarrow ? (left - 40, Height - 14 + (s * LegendRow)) : (left + (s * 260), Height - 14);
            _ = s == 0 ? svg.Circle(legendX + 6, legendY, 5, colour) : svg.Square(legendX + 6, legendY, 4.5, colour);
            svg.Text(legendX + 16, legendY + 4, series[s].Name, "hg-label");
        }

        svg.Line(left, axisY, width - right, axisY, "hg-axis");
        return svg.ToString();
    }
}
