namespace HealthGap.Core.Statistics;

/// <summary>The package's funnel axis: rounded range and the 100-point geometric grid.</summary>
internal static class FunnelAxis
{
    /// <summary>Axis max = 1.05 × largest rounded up to 2 significant figures; min = 0 when largest &gt; 2 × smallest, else 0.95 × smallest rounded down to 1.</summary>
    public static (double Min, double Max) Range(double smallest, double largest)
    {
        var max = RoundUp(1.05 * largest, 2);
        var min = largest > 2 * smallest ? 0 : RoundDown(0.95 * smallest, 1);
        return (min, max);
    }

    /// <summary>x₁ = max(1, min); xⱼ = max(round((max/xⱼ₋₁)^(1/(101−k))·xⱼ₋₁), xⱼ₋₁ + 1), k = j (or j − 1 for ratios).</summary>
    public static double[] Grid(double min, double max, bool ratio)
    {
        var x = new double[100];
        x[0] = Math.Max(1, min);
        for (var j = 2; j <= 100; j++)
        {
            var k = ratio ? j - 1 : j;
            var previous = x[j - 2];
            var next = Math.Round(Math.Pow(max / previous, 1.0 / (101 - k)) * previous, MidpointRounding.ToEven);
            x[j - 1] = Math.Max(next, previous + 1);
        }

        return x;
    }

    private static double RoundUp(double value, int figures)
    {
        if (value <= 0)
        {
            return 0;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)) - figures + 1);
        return Math.Ceiling(value / magnitude) * magnitude;
    }

    private static double RoundDown(double value, int figures)
    {
        if (value <= 0)
        {
            return 0;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)) - figures + 1);
        return Math.Floor(value / magnitude) * magnitude;
    }
}
