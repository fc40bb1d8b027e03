using System.Globalization;

namespace HealthGap.Web.Charts;

/// <summary>Number formatting for pages, charts and CSV: invariant culture, sensible precision.</summary>
internal static class Format
{
    /// <summary>A value as shown on a page: up to one decimal for large numbers, more for small ones.</summary>
    public static string Number(double value) =>
        Math.Abs(value) >= 100 ? value.ToString("#,##0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 10 ? value.ToString("0.#", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1 ? value.ToString("0.##", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v ? Number(v) : "";

    /// <summary>A ratio such as the RII or Core20 ratio, to two decimals.</summary>
    public static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    /// <summary>A whole count with thousands separators.</summary>
    public static string Count(double? value) => value is { } v ? v.ToString("#,##0", CultureInfo.InvariantCulture) : "";

    /// <summary>A share (0..1) as a percentage.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A value with its interval: <c>54.2 (50.1 to 58.3)</c>.</summary>
    public static string WithInterval(double? value, double? lower, double? upper, string to) =>
        value is null ? "" : lower is null || upper is null ? Number(value) : $"{Number(value)} ({Number(lower)} {to} {Number(upper)})";

    /// <summary>An interval <c>50.1 to 58.3</c>, or nothing when either limit is missing (never a stray "to").</summary>
    public static string Interval(double? lower, double? upper, string to, Func<double?, string>? format = null)
    {
        var write = format ?? (v => Number(v));
        return lower is null || upper is null ? "" : $"{write(lower)} {to} {write(upper)}";
    }

    /// <summary>A ratio with its interval in brackets when both limits exist: <c>0.45 (0.40 to 0.51)</c>.</summary>
    public static string RatioWithInterval(double? value, double? lower, double? upper, string to) =>
        value is null ? "" : lower is null || upper is null ? Ratio(value) : $"{Ratio(value)} ({Interval(lower, upper, to, Ratio)})";

    /// <summary>A value for CSV: full precision, invariant, empty when missing.</summary>
    public static string Csv(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
