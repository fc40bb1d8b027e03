using System.Globalization;
using System.Security;
using System.Text;

namespace HealthGap.Core.Funding.Comparison;

/// <summary>
/// Server-rendered, accessible SVG bar charts of a comparison (for the CLI's exports now and the web
/// app later): a <c>title</c> and <c>desc</c> read by screen readers, a text label on every bar, a
/// <c>title</c> tooltip per bar, and the Okabe–Ito palette, which stays distinct with colour-blindness.
/// The chart repeats what the table beside it says; it is never the only place a figure appears.
/// </summary>
public static class ScenarioChart
{
    /// <summary>Okabe–Ito colours, the yellow last (weakest on white).</summary>
    public static IReadOnlyList<string> Palette { get; } = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"];

    private const int LabelWidth = 230;
    private const int PlotWidth = 420;
    private const int BarHeight = 14;
    private const int GroupGap = 10;

    /// <summary>Grouped horizontal bars: pounds per resident of each area under each scenario.</summary>
    public static string PerHead(ScenarioComparison comparison, string title)
    {
        var groups = comparison.Rows.Select(r => (Label: r.Unit.Name, Values: r.PerHead)).ToArray();
        var desc = $"Pounds per resident of each of {groups.Length} areas under {comparison.Summaries.Count} allocation rules: " +
            string.Join("; ", comparison.Summaries.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Label} from £{s.MinPerHead:0.00} to £{s.MaxPerHead:0.00} a head"))) + ".";
        return Render(title, desc, comparison.Summaries.Select(s => s.Label).ToArray(), groups);
    }

    /// <summary>Grouped bars: pounds per Core20 resident and per other resident under each scenario.</summary>
    public static string Core20(ScenarioComparison comparison, string title)
    {
        var groups = new[]
        {
            ("Per Core20 resident", (IReadOnlyList<double>)comparison.Summaries.Select(s => s.PerCore20Resident ?? 0).ToArray()),
            ("Per other resident", comparison.Summaries.Select(s => s.PerOtherResident ?? 0).ToArray()),
        };
        var desc = "Pounds reaching each Core20 resident (most deprived 20% nationally) and each other resident: " +
            string.Join("; ", comparison.Summaries.Select(s => string.Create(CultureInfo.InvariantCulture,
                $"{s.Label} £{s.PerCore20Resident ?? 0:0.00} per Core20 resident and £{s.PerOtherResident ?? 0:0.00} per other resident"))) + ".";
        return Render(title, desc, comparison.Summaries.Select(s => s.Label).ToArray(), groups);
    }

    private static string Render(string title, string desc, IReadOnlyList<string> series, IReadOnlyList<(string Label, IReadOnlyList<double> Values)> groups)
    {
        var max = groups.SelectMany(g => g.Values).DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : PlotWidth / max;
        var groupHeight = (series.Count * BarHeight) + GroupGap;
        var legendTop = 40;
        var plotTop = legendTop + (series.Count * 18) + 12;
        var width = LabelWidth + PlotWidth + 90;
        var height = plotTop + (groups.Count * groupHeight) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" font-family=\"Arial, sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{Escape(title)}</title>\n<desc id=\"chart-desc\">{Escape(desc)}</desc>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\" fill=\"#212b32\">{Escape(title)}</text>\n");
        for (var s = 0; s < series.Count; s++)
        {
            var y = legendTop + (s * 18);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"10\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{Palette[s % Palette.Count]}\" stroke=\"#212b32\" stroke-width=\"0.5\"/><text x=\"28\" y=\"{y + 10}\" fill=\"#212b32\">{Escape(series[s])}</text>\n");
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var top = plotTop + (g * groupHeight);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{top + (series.Count * BarHeight / 2.0) + 4:0.#}\" text-anchor=\"end\" fill=\"#212b32\">{Escape(Shorten(groups[g].Label))}</text>\n");
            for (var s = 0; s < series.Count; s++)
            {
                var value = groups[g].Values[s];
                var y = top + (s * BarHeight);
                var w = Math.Max(value * scale, value > 0 ? 1 : 0);
                var text = string.Create(CultureInfo.InvariantCulture, $"£{value:0.00}");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<g><title>{Escape($"{groups[g].Label}, {series[s]}: {text}")}</title><rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{w:0.##}\" height=\"{BarHeight - 2}\" fill=\"{Palette[s % Palette.Count]}\"/>" +
                    $"<text x=\"{LabelWidth + w + 4:0.##}\" y=\"{y + BarHeight - 4}\" font-size=\"10\" fill=\"#212b32\">{Escape(text)}</text></g>\n");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{LabelWidth}\" y1=\"{plotTop - 4}\" x2=\"{LabelWidth}\" y2=\"{height - 8}\" stroke=\"#4c6272\"/>\n</svg>\n");
        return svg.ToString();
    }

    private static string Shorten(string label) => label.Length <= 34 ? label : label[..32] + "…";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
