using System.Globalization;
using System.Net;

namespace HealthGap.Web.Reports;

/// <summary>Text in the self-contained reports: HTML-encoded, dates in English whatever the machine's culture.</summary>
internal static class ReportHtml
{
    /// <summary>HTML-encodes text.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A date as "31 March 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
