using System.Globalization;
using System.Net;
using System.Text;

namespace HealthGap.Web.Charts;

/// <summary>
/// Writes an accessible SVG: <c>role="img"</c>, a <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> tied
/// to it with aria-labelledby, numbers in invariant culture to one decimal (pixels need no more).
/// </summary>
internal sealed class SvgBuilder
{
    private readonly StringBuilder _svg = new();

    /// <summary>Starts an SVG; <paramref name="withNamespace"/> false leaves out <c>xmlns</c>, which SVG inline in HTML does not
    /// need (the self-contained waiting-list report names no URL at all).</summary>
    public SvgBuilder(string id, double width, double height, string title, string description, string cssClass = "hg-chart", bool withNamespace = true)
    {
        _svg.Append(CultureInfo.InvariantCulture,
            $"<svg{(withNamespace ? " xmlns=\"http://www.w3.org/2000/svg\"" : "")} class=\"{cssClass}\" viewBox=\"0 0 {N(width)} {N(height)}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">");
        _svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(title)}</title><desc id=\"{id}-desc\">{Escape(description)}</desc>");
    }

    /// <summary>A chart laid out for <paramref name="frame"/>: its width, its own id and the class that shows it at that width.</summary>
    public SvgBuilder(string id, ChartFrame frame, double height, string title, string description)
        : this(frame.Id(id), frame.Width, height, title, description, frame.CssClass)
    {
    }

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public SvgBuilder Line(double x1, double y1, double x2, double y2, string cssClass) =>
        Raw($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" class=\"{cssClass}\"/>");

    public SvgBuilder Rect(double x, double y, double width, double height, string fill, string cssClass = "") =>
        Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(Math.Max(0, height))}\" fill=\"{fill}\" class=\"{cssClass}\"/>");

    public SvgBuilder Circle(double x, double y, double r, string fill, string cssClass = "") =>
        Raw($"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\" fill=\"{fill}\" class=\"{cssClass}\"/>");

    /// <summary>A square marker: the second series uses a different shape, not only a different colour.</summary>
    public SvgBuilder Square(double x, double y, double half, string fill) =>
        Rect(x - half, y - half, 2 * half, 2 * half, fill, "hg-marker");

    public SvgBuilder Diamond(double x, double y, double r, string fill) =>
        Raw($"<path d=\"M{N(x)} {N(y - r)}L{N(x + r)} {N(y)}L{N(x)} {N(y + r)}L{N(x - r)} {N(y)}Z\" fill=\"{fill}\" class=\"hg-marker\"/>");

    public SvgBuilder Text(double x, double y, string text, string cssClass = "", string anchor = "start") =>
        Raw($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" class=\"{cssClass}\">{Escape(text)}</text>");

    public SvgBuilder Path(string data, string fill, string cssClass = "") =>
        Raw($"<path d=\"{data}\" fill=\"{fill}\" class=\"{cssClass}\"/>");

    public SvgBuilder Raw(string markup)
    {
        _svg.Append(markup);
        return this;
    }

    /// <summary>What is written so far, without the closing tag (for markup that streams the rest).</summary>
    public string Opening => _svg.ToString();

    public override string ToString() => _svg + "</svg>";
}
