using System.Collections.Concurrent;
using System.Globalization;

namespace HealthGap.Core.Statistics;

/// <summary>Number text in metadata the way R prints it: no scientific notation, no trailing zeros.</summary>
internal static class Format
{
    private static readonly ConcurrentDictionary<(string Prefix, double Value), string> Labels = new();

    public static string Number(double value) =>
        value.ToString("0.###############", CultureInfo.InvariantCulture);

    /// <summary>"{prefix}{number}", cached: per-row methods ask for the same statistic text a million times.</summary>
    public static string Label(string prefix, double value) =>
        Labels.GetOrAdd((prefix, value), k => k.Prefix + Number(k.Value));
}
