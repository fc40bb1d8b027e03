using System.Globalization;
using HealthGap.Web.Localization;

namespace HealthGap.Web.Charts;

/// <summary>
/// Number and date formatting for pages and charts, in the page language's culture
/// (<see cref="PageCulture"/>: <c>10,475</c> in English, <c>10 475</c> in Polish), with sensible
/// precision; CSV stays invariant.
/// </summary>
internal static class Format
{
    /// <summary>A value as shown on a page: up to one decimal for large numbers, more for small ones.</summary>
    public static string Number(double value) => Number(value, PageCulture.Current);

    /// <summary>A value as shown on a page in the given culture.</summary>
    public static string Number(double value, CultureInfo culture) =>
        Math.Abs(value) >= 100 ? Whole(value, culture)
        : Math.Abs(value) >= 10 ? value.ToString("0.#", culture)
        : Math.Abs(value) >= 1 ? value.ToString("0.##", culture)
        : value.ToString("0.###", culture);

    public static string Number(double? value) => value is { } v ? Number(v) : "";

    /// <summary>A ratio such as the RII or Core20 ratio, to two decimals.</summary>
    public static string Ratio(double? value) => value is { } v ? v.ToString("0.00", PageCulture.Current) : "";

    /// <summary>A whole count with thousands separators.</summary>
    public static string Count(double? value) => value is { } v ? Whole(v, PageCulture.Current) : "";

    /// <summary>A share (0..1) as a percentage.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", PageCulture.Current) + "%";

    /// <summary>A value with its interval: <c>54.2 (50.1 to 58.3)</c>.</summary>
    public static string WithInterval(double? value, double? lower, double? upper, string to) =>
        value is null ? "" : lower is null || upper is null ? Number(value) : $"{Number(value)} ({Number(lower)} {to} {Number(upper)})";

    /// <summary>Pounds as shown on a page: <c>£2,500,000</c>, or with pence when <paramref name="decimals"/> is 2.</summary>
    public static string Pounds(double value, int decimals = 0)
    {
        var culture = PageCulture.Current;
        var text = decimals == 0 ? Whole(value, culture) : value.ToString(PageCulture.Groups(culture, value) ? "#,##0.00" : "0.00", culture);
        return "£" + text;
    }

    /// <summary>A date as shown on a page: <c>7 December 2026</c>, <c>7 grudnia 2026</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", PageCulture.Current);

    /// <summary>A moment as shown on a page: <c>7 December 2026, 14:05 UTC</c>.</summary>
    public static string Moment(DateTime utc) => utc.ToString("d MMMM yyyy, HH:mm 'UTC'", PageCulture.Current);

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

    private static string Whole(double value, CultureInfo culture) =>
        value.ToString(PageCulture.Groups(culture, value) ? "#,##0" : "0", culture);
}
