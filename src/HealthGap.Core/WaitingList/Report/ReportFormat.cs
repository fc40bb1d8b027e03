using System.Globalization;
using HealthGap.Core.Disclosure;

namespace HealthGap.Core.WaitingList.Report;

/// <summary>
/// How a published waiting-list figure is written, shared by the CSV tables (CLI) and the HTML report
/// (<c>HealthGap.Web.Reports</c>): invariant culture, the gate's marker for a hidden figure. Numbers only;
/// markup is the report's business.
/// </summary>
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

    private static string Limit(double? value, int decimals) => value is null ? "n/a" : Number(value, decimals);
}
