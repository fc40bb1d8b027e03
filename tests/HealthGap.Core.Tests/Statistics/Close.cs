using System.Globalization;

namespace HealthGap.Core.Tests.Statistics;

/// <summary>Tolerance assertions at the package's tolerances.</summary>
internal static class Close
{
    public static void Relative(double? expected, double? actual, double tolerance, string what)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected NA, got {actual}");
            return;
        }

        Assert.True(actual is not null, $"{what}: expected {expected}, got NA");
        var e = expected.Value;
        var a = actual.Value;
        var error = e == 0 ? Math.Abs(a) : Math.Abs(a - e) / Math.Abs(e);
        Assert.True(error <= tolerance,
            string.Create(CultureInfo.InvariantCulture, $"{what}: expected {e:R}, got {a:R} (relative error {error:E2} > {tolerance:E0})"));
    }

    public static void FourDecimals(double? expected, double? actual, string what)
    {
        var e = expected is { } x ? Math.Round(x, 4) : (double?)null;
        var a = actual is { } y ? Math.Round(y, 4) : (double?)null;
        Assert.True(e == a, $"{what}: expected {e}, got {a} (at 4 dp)");
    }
}
