namespace HealthGap.Web.Charts;

/// <summary>
/// Values over reporting periods with 95% confidence intervals. The first series is drawn with
/// circles, the second (e.g. the ICB for comparison) with squares and a dashed line.
/// </summary>
internal static class TrendChart
{
    private const double Width = 640;
    private const double Height = 300;
    private const double Left = 64;
    private const double Right = 24;
    private const double Top = 36;
    private const double Bottom = 56;

    public static string Render(string id, string title, string description, IReadOnlyList<TrendSeries> series, string axisLabel)
    {
        var svg = new SvgBuilder(id, Width, Height, title, description);
        var labels = series.SelectMany(s => s.Points.Select(p => p.Label)).Distinct().ToList();
        var y = LinearScale.Covering(series.SelectMany(s => s.Points).SelectMany(p => new[] { p.Value, p.Lower, p.Upper }).OfType<double>(), Height - Bottom, Top);
        var step = labels.Count <= 1 ? 0 : (Width - Left - Right - 40) / (labels.Count - 1);
        double X(string label) => labels.Count <= 1 ? (Left + Width - Right) / 2 : Left + 20 + labels.IndexOf(label) * step;
        foreach (var tick in y.Ticks())
        {
            svg.Line(Left, y.Map(tick), Width - Right, y.Map(tick), "hg-grid");
            svg.Text(Left - 6, y.Map(tick) + 4, Format.Number(tick), "hg-tick", "end");
        }

        foreach (var label in labels)
        {
            svg.Text(X(label), Height - Bottom + 18, label, "hg-tick", "middle");
        }

        svg.Text(14, Top - 14, axisLabel, "hg-axis-label");
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

            var legendX = Left + s * 260;
            _ = s == 0 ? svg.Circle(legendX + 6, Height - 14, 5, colour) : svg.Square(legendX + 6, Height - 14, 4.5, colour);
            svg.Text(legendX + 16, Height - 10, series[s].Name, "hg-label");
        }

        svg.Line(Left, Height - Bottom, Width - Right, Height - Bottom, "hg-axis");
        return svg.ToString();
    }
}
