namespace HealthGap.Web.Charts;

/// <summary>Maps data values to pixels, with "nice" rounded ticks.</summary>
internal sealed record LinearScale(double Min, double Max, double PixelFrom, double PixelTo)
{
    public double Map(double value) =>
        Max == Min ? (PixelFrom + PixelTo) / 2 : PixelFrom + (value - Min) / (Max - Min) * (PixelTo - PixelFrom);

    /// <summary>A scale covering the values with a little headroom, starting at zero when zero is close.</summary>
    public static LinearScale Covering(IEnumerable<double> values, double pixelFrom, double pixelTo)
    {
        var list = values.Where(double.IsFinite).ToList();
        if (list.Count == 0)
        {
            return new LinearScale(0, 1, pixelFrom, pixelTo);
        }

        var min = list.Min();
        var max = list.Max();
        var pad = (max - min) * 0.08 + (max == min ? Math.Abs(max) * 0.1 + 1 : 0);
        min = min - pad < 0 && min >= 0 ? 0 : min - pad;
        max += pad;
        var step = NiceStep((max - min) / 5);
        return new LinearScale(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, pixelFrom, pixelTo);
    }

    /// <summary>About five ticks at a "nice" step (1, 2 or 5 times a power of ten).</summary>
    public IEnumerable<double> Ticks() => Ticks(NiceStep((Max - Min) / 5));

    /// <summary>Ticks from <see cref="Min"/> to <see cref="Max"/> every <paramref name="step"/>, for an axis with its own units (weeks by quarter).</summary>
    public IEnumerable<double> Ticks(double step)
    {
        for (var t = Min; t <= Max + step / 1000; t += step)
        {
            yield return Math.Round(t, 10);
        }
    }

    private static double NiceStep(double rough)
    {
        if (rough <= 0 || !double.IsFinite(rough))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }
}
