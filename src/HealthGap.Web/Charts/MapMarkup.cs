using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace HealthGap.Web.Charts;

/// <summary>
/// A map's SVG written straight to the page: the opening tag with its title and description, then one
/// path per colour made of ready-joined chunks (<see cref="Geography.MapChunk"/>). Nothing of the map's
/// 100 KB is copied into a string of its own on the way.
/// </summary>
internal sealed class MapMarkup(string opening, IReadOnlyList<(string Fill, IReadOnlyList<string> Paths)> layers) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        writer.Write(opening);
        foreach (var (fill, paths) in layers)
        {
            writer.Write("<path d=\"");
            foreach (var path in paths)
            {
                writer.Write(path);
            }

            writer.Write("\" fill=\"");
            writer.Write(fill);
            writer.Write("\" stroke=\"");
            writer.Write(fill);
            writer.Write("\" class=\"hg-map-area\"/>");
        }

        writer.Write("</svg>");
    }

    /// <summary>The whole markup as one string (for tests).</summary>
    public override string ToString()
    {
        using var writer = new StringWriter();
        WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
