using System.Globalization;
using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Web.Localization;

/// <summary>
/// How numbers and dates are written on a page in each language: English <c>10,475.5</c>, Polish
/// <c>10 475,5</c> (no-break space between thousands, decimal comma, four-digit numbers not grouped),
/// Urdu <c>10,475.5</c> in Western digits as written in Pakistan and by Urdu readers in England.
/// The process runs with invariant globalization (no ICU data, the same output on every machine), so
/// each culture is the invariant one with its separators and month names set here from CLDR.
/// Downloads and the API never use these: they stay invariant and machine-readable.
/// </summary>
internal static class PageCulture
{
    private static readonly Dictionary<string, CultureInfo> Cultures = new(StringComparer.Ordinal)
    {
        ["en"] = Make(",", ".", "-", ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
        ["pl"] = Make("\u00A0", ",", "-", ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]),
        // A left-to-right mark keeps a minus sign in front of its number inside right-to-left text.
        ["ur"] = Make(",", ".", "\u200E-", ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"],
            ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]),
    };

    /// <summary>The culture of the request being handled (English outside a request).</summary>
    public static CultureInfo Current => For(LanguageMiddleware.Language);

    /// <summary>The culture of a page language; English for a language without one.</summary>
    public static CultureInfo For(string language) => Cultures.GetValueOrDefault(language) ?? Cultures["en"];

    /// <summary>
    /// Whether a whole number this large is written with a thousands separator: Polish leaves
    /// four-digit numbers whole (<c>1000</c>, but <c>10 000</c>), as CLDR's minimum grouping digits say.
    /// </summary>
    public static bool Groups(CultureInfo culture, double value) =>
        culture.NumberFormat.NumberDecimalSeparator != "," || Math.Abs(value) >= 9999.5;

    /// <summary>
    /// Text that must read left to right inside a right-to-left page, such as <c>2024-25</c> or the
    /// age band <c>0-17</c>: after Urdu letters the bidirectional algorithm reads its digits as Arabic
    /// numbers and shows it as <c>25-2024</c>. Left-to-right marks (U+200E) on both sides make the
    /// digits and the hyphen one left-to-right run; on right-to-left pages only. (Chromium did not
    /// honour the isolates U+2066/U+2069 here; the marks work in every browser.)
    /// </summary>
    public static string LeftToRight(string text) =>
        LanguageMiddleware.IsRightToLeft(LanguageMiddleware.Language) ? "\u200E" + text + "\u200E" : text;

    /// <summary>
    /// A reporting period as people recognise it, in the page language: a financial or calendar year by
    /// the label the report gives it (<c>2024-25</c>, <c>2024</c>, read left to right on a right-to-left page),
    /// years pooled in words (<c>3 years combined, April 2022 to March 2025</c>), any other period as its
    /// dates (<c>1 Apr 2024 – 31 Mar 2025</c>, <c>1 kwi 2024 – 31 mar 2025</c>).
    /// </summary>
    public static string Label(ReportingPeriod period) =>
        period.IsPooled ? Pooled(period)
        : IsYear(period) ? LeftToRight(Label(period, CultureInfo.InvariantCulture)) : Label(period, Current);

    /// <summary>The label of <paramref name="period"/> in a given culture; <see cref="CultureInfo.InvariantCulture"/> for the form results files may use.</summary>
    public static string Label(ReportingPeriod period, CultureInfo culture) =>
        IsYear(period) || period.IsPooled
            ? period.Label
            : period.Start.ToString("d MMM yyyy", culture) + " – " + period.End.ToString("d MMM yyyy", culture);

    // "3 years combined, April 2022 to March 2025": the public is not expected to read 2022-23 to 2024-25 as one figure for three years.
    private static string Pooled(ReportingPeriod period) =>
        new SharedTextLocalizer()["PeriodPooled", period.Parts.Count, period.Start.ToString("MMMM yyyy", Current), period.End.ToString("MMMM yyyy", Current)];

    private static bool IsYear(ReportingPeriod period) =>
        (period.Start is { Month: 4, Day: 1 } && period.End == period.Start.AddYears(1).AddDays(-1))
        || (period.Start is { Month: 1, Day: 1 } && period.End == new DateOnly(period.Start.Year, 12, 31));

    private static CultureInfo Make(string group, string decimalSeparator, string minus, string[] months, string[] shortMonths)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var numbers = culture.NumberFormat;
        numbers.NumberGroupSeparator = numbers.PercentGroupSeparator = numbers.CurrencyGroupSeparator = group;
        numbers.NumberDecimalSeparator = numbers.PercentDecimalSeparator = numbers.CurrencyDecimalSeparator = decimalSeparator;
        numbers.NegativeSign = minus;
        var dates = culture.DateTimeFormat;
        // Polish month names in dates are in the genitive ("7 grudnia 2026"), the form the date pattern needs.
        dates.MonthNames = dates.MonthGenitiveNames = [.. months, ""];
        dates.AbbreviatedMonthNames = dates.AbbreviatedMonthGenitiveNames = [.. shortMonths, ""];
        return CultureInfo.ReadOnly(culture);
    }
}
