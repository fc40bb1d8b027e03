namespace HealthGap.Web.Charts;

/// <summary>
/// Colour-blind-safe colours (Okabe–Ito for categories, viridis for ordered bins). Colour is never
/// the only cue: series also differ by marker shape, and every chart has a table beside it.
/// </summary>
internal static class ChartPalette
{
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string Green = "#009E73";
    public const string Orange = "#E69F00";
    public const string Sky = "#56B4E9";
    public const string Purple = "#CC79A7";
    public const string Grey = "#768692";

    /// <summary>Five ordered bins, dark to light (viridis).</summary>
    public static readonly IReadOnlyList<string> Sequential = ["#440154", "#3B528B", "#21918C", "#5EC962", "#FDE725"];

    /// <summary>Ten ordered colours for IMD deciles, most deprived darkest.</summary>
    public static readonly IReadOnlyList<string> Deciles =
        ["#440154", "#482878", "#3E4A89", "#31688E", "#26828E", "#1F9E89", "#35B779", "#6DCD59", "#B4DE2C", "#FDE725"];
}
