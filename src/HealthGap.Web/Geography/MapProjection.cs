using System.Text;
using HealthGap.Web.Charts;

namespace HealthGap.Web.Geography;

/// <summary>
/// Fits shapes to the <see cref="MapOutline"/> frame and writes their path data: points closer than
/// <see cref="MinStep"/> pixels to the last kept point are dropped, and every step after the first is
/// written relative to the previous point (rounded positions, so no error accumulates). Both keep a
/// whole ICB's LSOA map to tens of kilobytes without a visible change at the size it is drawn.
/// </summary>
internal static class MapProjection
{
    /// <summary>The smallest step kept, in pixels.</summary>
    public const double MinStep = 0.8;

    private const double Margin = 4;

    public static MapOutline Outline(IReadOnlyList<MapShape> shapes)
    {
        if (shapes.Count == 0)
        {
            return MapOutline.Empty;
        }

        var (minX, maxX, minY, maxY) = (double.MaxValue, double.MinValue, double.MaxValue, double.MinValue);
        foreach (var ring in shapes.SelectMany(s => s.Rings))
        {
            for (var i = 0; i + 1 < ring.Length; i += 2)
            {
                (minX, maxX) = (Math.Min(minX, ring[i]), Math.Max(maxX, ring[i]));
                (minY, maxY) = (Math.Min(minY, ring[i + 1]), Math.Max(maxY, ring[i + 1]));
            }
        }

        var scale = Math.Min((MapOutline.Width - 2 * Margin) / Math.Max(maxX - minX, 1e-9), (MapOutline.Height - 2 * Margin) / Math.Max(maxY - minY, 1e-9));
        var offsetX = (MapOutline.Width - (maxX - minX) * scale) / 2;
        var paths = shapes.Select(shape =>
        {
            var path = new StringBuilder();
            foreach (var ring in shape.Rings)
            {
                AppendRing(path, ring, (x, y) => (offsetX + (x - minX) * scale, Margin + (maxY - y) * scale));
            }

            return path.ToString();
        }).ToArray();
        return new MapOutline(shapes, paths);
    }

    private static void AppendRing(StringBuilder path, double[] ring, Func<double, double, (double X, double Y)> project)
    {
        var (lastX, lastY) = (0.0, 0.0);
        var count = 0;
        for (var i = 0; i + 1 < ring.Length; i += 2)
        {
            var (x, y) = project(ring[i], ring[i + 1]);
            (x, y) = (Math.Round(x, 1), Math.Round(y, 1));
            if (count == 0)
            {
                path.Append('M').Append(SvgBuilder.N(x)).Append(' ').Append(SvgBuilder.N(y));
            }
            else if (Math.Abs(x - lastX) < MinStep && Math.Abs(y - lastY) < MinStep)
            {
                continue;
            }
            else
            {
                var (dx, dy) = (x - lastX, y - lastY);
                path.Append(count == 1 ? "l" : (dx < 0 ? "" : " ")).Append(SvgBuilder.N(dx)).Append(dy < 0 ? "" : " ").Append(SvgBuilder.N(dy));
            }

            (lastX, lastY) = (x, y);
            count++;
        }

        if (count > 0)
        {
            path.Append('z');
        }
    }
}
