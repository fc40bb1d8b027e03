using HealthGap.Web.Results;
using Microsoft.Extensions.Localization;

namespace HealthGap.Web.Pages;

/// <summary>
/// Says why a figure is not shown, in the words for its reason: hidden to protect privacy only when the
/// disclosure gate hid it; otherwise not statistically reliable, not calculated for the group, or no data.
/// </summary>
internal static class Hidden
{
    /// <summary>A short label for a chart or a table cell.</summary>
    public static string Reason(IStringLocalizer t, IndicatorValue? value) => value is null ? t["NotAvailable"] : t[Key(value.NoValueReason, "Short")];

    /// <summary>A full sentence for a table row or a headline.</summary>
    public static string Explain(IStringLocalizer t, IndicatorValue? value) => value is null ? t["NotAvailable"] : t[Key(value.NoValueReason, "Long")];

    /// <summary>A full sentence for a report's reason code (privacy, unreliable, no_data, not_applicable), e.g. why a summary figure is missing.</summary>
    public static string ExplainReason(IStringLocalizer t, string reason) => t[Key(reason, "Long")];

    private static string Key(string reason, string length) => reason switch
    {
        "privacy" => "NoValuePrivacy" + length,
        "unreliable" => "NoValueUnreliable" + length,
        "no_data" => "NoValueNoData" + length,
        "not_applicable" => "NoValueNotApplicable" + length,
        _ => "NoValueUnknown" + length,
    };
}
