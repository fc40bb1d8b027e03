using System.Globalization;
using System.Text.Json;

namespace HealthGap.Synthetic.Tests.Truth;

/// <summary>Checks an observed figure against truth.json within sampling error (3.5 standard errors, so a fixed seed never sits on the edge).</summary>
internal static class Expect
{
    private const double StandardErrors = 3.5;

    public static void Proportion(string what, double expected, int successes, int n)
    {
        Assert.True(n > 0, $"{what}: empty denominator.");
        var observed = (double)successes / n;
        var se = Math.Sqrt(Math.Max(expected * (1 - expected), 0.0025) / n);
        Assert.True(Math.Abs(observed - expected) <= (StandardErrors * se) + 1e-9,
            string.Create(CultureInfo.InvariantCulture, $"{what}: observed {observed:F4} ({successes}/{n}), truth {expected:F4}, allowed ±{StandardErrors * se:F4}."));
    }

    public static void Count(string what, double expected, double observed)
    {
        var se = Math.Sqrt(Math.Max(expected, 4));
        Assert.True(Math.Abs(observed - expected) <= StandardErrors * se,
            string.Create(CultureInfo.InvariantCulture, $"{what}: observed {observed:F1}, truth {expected:F1}, allowed ±{StandardErrors * se:F1}."));
    }

    /// <summary>The truth value and denominator for one group of one breakdown.</summary>
    public static (double Value, double Denominator) Truth(JsonElement entry, string breakdown, string group)
    {
        var b = entry.GetProperty("breakdowns").GetProperty(breakdown);
        return (b.GetProperty("values").GetProperty(group).GetDouble(), b.GetProperty("denominators").GetProperty(group).GetDouble());
    }

    public static IEnumerable<string> Groups(JsonElement entry, string breakdown) =>
        entry.GetProperty("breakdowns").GetProperty(breakdown).GetProperty("values").EnumerateObject().Select(p => p.Name);
}
