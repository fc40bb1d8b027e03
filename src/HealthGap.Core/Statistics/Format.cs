using System.Globalization;

namespace HealthGap.Core.Statistics;

/// <summary>Number text in metadata the way R prints it: no scientific notation, no trailing zeros.</summary>
internal static class Format
{
    public static string Number(double value) =>
        value.ToString("0.###############", CultureInfo.InvariantCulture);
}
