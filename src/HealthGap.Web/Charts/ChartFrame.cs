namespace HealthGap.Web.Charts;

/// <summary>
/// The width a chart is laid out for. SVG text scales with the drawing, so a 640-unit chart shrunk to a
/// phone's 343 px column draws 13 px text at 7 px. Each chart is therefore drawn twice: wide for a
/// desktop and narrow (320 units, text at 13–14 px on a 375 px phone) with its own layout, and the
/// style sheet shows the one that fits. The hidden one is <c>display: none</c>, so screen readers and
/// axe see one chart.
/// </summary>
/// <param name="Width">The drawing's width in SVG units.</param>
/// <param name="IsNarrow">True for the phone layout.</param>
internal sealed record ChartFrame(double Width, bool IsNarrow)
{
    /// <summary>The desktop layout (the page column is at most 640 px wide for a figure).</summary>
    public static ChartFrame Wide { get; } = new(640, false);

    /// <summary>The phone layout: 320 units drawn across a 343 px column (a 375 px screen).</summary>
    public static ChartFrame Narrow { get; } = new(320, true);

    /// <summary>The SVG's id: the narrow twin gets its own, so ids stay unique on the page.</summary>
    public string Id(string id) => IsNarrow ? id + "-narrow" : id;

    /// <summary>The class that lets the style sheet show one of the two.</summary>
    public string CssClass => IsNarrow ? "hg-chart hg-chart--narrow" : "hg-chart hg-chart--wide";

    /// <summary>The chart drawn for both widths, wide first.</summary>
    public static string Both(Func<ChartFrame, string> render) => render(Wide) + render(Narrow);
}
