namespace HealthGap.Web.Charts;

/// <summary>
/// Areas plotted by denominator (x) and value (y) against funnel limits around the ICS value.
/// Points outside the 99.8% limits are drawn as diamonds, outside 95% as squares, so position is
/// readable without colour.
/// </summary>
internal static class FunnelPlot
{
    private const double Height = 340;
    private const double Top = 36;
    private const double Bottom = 52;

    public static string Render(string id, string title, string description, IReadOnlyList<FunnelPoint> points,
        FunnelLimits limits, string xLabel, string yLabel, ChartFrame? frame = null)
    {
        frame ??= ChartFrame.Wide;
        var width = frame.Width;
        var (left, right) = frame.IsNarrow ? (52.0, 16.0) : (64.0, 24.0);
        var svg = new SvgBuilder(id, frame, Height, title, description);
        var maxN = Math.Max(10, points.Select(p => p.Denominator).DefaultIfEmpty(10).Max() * 1.1);
        var minN = Math.Max(1, maxN / 200);
        var x = LinearScale.Covering([0, maxN], left, width - right);
        var samples = Enumerable.Range(0, 80).Select(i => minN + ((x.Max - minN) * i / 79.0)).ToArray();
        var yValues = points.Select(p => p.Value).Append(limits.Target)
            .Concat(samples.Skip(6).SelectMany(n => new[] { limits.Limit(n, FunnelLimits.Z998), limits.Limit(n, -FunnelLimits.Z998) }));
        var y = LinearScale.Covering(yValues, Height - Bottom, Top);
        if (limits.IsProportion && y.Max > limits.Multiplier)
        {
            // A percentage axis never needs to run past 100%.
            y = y with { Max = limits.Multiplier };
        }

        double ClampY(double v) => Math.Clamp(y.Map(v), Top, Height - Bottom);
        foreach (var tick in y.Ticks().Where(t => t <= y.Max))
        {
            svg.Line(left, y.Map(tick), width - right, y.Map(tick), "hg-grid");
            svg.Text(left - 6, y.Map(tick) + 4, Format.Number(tick), "hg-tick", "end");
        }

        var xTicks = x.Ticks().ToArray();
        var every = DotWhiskerChart.TickSpacing(xTicks.Length, width - left - right);
        for (var t = 0; t < xTicks.Length; t += every)
        {
            svg.Text(x.Map(xTicks[t]), Height - Bottom + 16, Format.Number(xTicks[t]), "hg-tick", DotWhiskerChart.TickAnchor(x.Map(xTicks[t]), width));
        }

        foreach (var (z, css) in new[] { (FunnelLimits.Z95, "hg-limit95"), (-FunnelLimits.Z95, "hg-limit95"), (FunnelLimits.Z998, "hg-limit998"), (-FunnelLimits.Z998, "hg-limit998") })
        {
            var data = string.Join(" ", samples.Select((n, i) => (i == 0 ? "M" : "L") + SvgBuilder.N(x.Map(n)) + " " + SvgBuilder.N(ClampY(limits.Limit(n, z)))));
            svg.Raw($"<path d=\"{data}\" fill=\"none\" class=\"{css}\"/>");
        }

        svg.Line(left, y.Map(limits.Target), width - right, y.Map(limits.Target), "hg-reference");
        foreach (var p in points)
        {
            var (px, py) = (x.Map(p.Denominator), y.Map(p.Value));
            _ = p.Position switch
            {
                FunnelPosition.Above998 or FunnelPosition.Below998 => svg.Diamond(px, py, 7, ChartPalette.Vermillion),
                FunnelPosition.Above95 or FunnelPosition.Below95 => svg.Square(px, py, 5, ChartPalette.Orange),
                _ => svg.Circle(px, py, 5, ChartPalette.Blue, "hg-marker"),
            };
        }

        svg.Line(left, Height - Bottom, width - right, Height - Bottom, "hg-axis");
        svg.Text((left + width - right) / 2, Height - 10, xLabel, "hg-axis-label", "middle");
        svg.Text(frame.IsNarrow ? 4 : 14, Top - 14, yLabel, "hg-axis-label");
        return svg.ToString();
    }
}
