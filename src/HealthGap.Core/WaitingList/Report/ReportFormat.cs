using System.Globalization;
using System.Net;
using HealthGap.Core.Disclosure;

namespace HealthGap.Core.WaitingList.Report;

/// <summary>Number and text formatting shared by the report and the CSV files: invariant culture, the gate's marker for hidden figures.</summary>
public static class ReportFormat
{
    /// <summary>A rounded count, or the marker when hidden.</summary>
    public static string Count(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? DisclosureGate.Marker;

    /// <summary>A count for CSV (no thousands separator), or the marker when hidden.</summary>
    public static string CsvCount(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? DisclosureGate.Marker;

    /// <summary>A number with <paramref name="decimals"/> places, or the marker when hidden/absent.</summary>
    public static string Number(double? value, int decimals) =>
        value?.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) ?? DisclosureGate.Marker;

    /// <summary>"value (lower–upper)" or the marker; a missing limit shows as "–".</summary>
    public static string WithInterval(double? value, double? lower, double? upper, int decimals) =>
        value is null
            ? DisclosureGate.Marker
            : $"{Number(value, decimals)} ({Limit(lower, decimals)}–{Limit(upper, decimals)})";

    /// <summary>HTML-encodes text.</summary>
    public static string Html(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A date as "31 March 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>An SVG coordinate with one decimal.</summary>
    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Limit(double? value, int decimals) => value is null ? "n/a" : Number(value, decimals);
}
