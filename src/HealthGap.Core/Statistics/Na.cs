namespace HealthGap.Core.Statistics;

/// <summary>
/// The methods compute with <see cref="double.NaN"/> for "not available" because NaN propagates
/// through arithmetic the way R's NA does; the public records expose null instead.
/// </summary>
internal static class Na
{
    public static double? ToNullable(double value) => double.IsNaN(value) ? null : value;

    public static double FromNullable(double? value) => value ?? double.NaN;
}
