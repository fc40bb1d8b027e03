using System.Globalization;

namespace HealthGap.Web.Results;

/// <summary>A reporting period, inclusive at both ends.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
internal sealed record ReportingPeriod(DateOnly Start, DateOnly End) : IComparable<ReportingPeriod>
{
    /// <summary>The key used in URLs and CSV files: <c>2024-04-01/2025-03-31</c>.</summary>
    public string Key => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A short label people recognise, in the page language: a financial year (<c>2024-25</c>), a
    /// calendar year, or the dates (<c>1 Apr 2024 – 31 Mar 2025</c>, <c>1 kwi 2024 – 31 mar 2025</c>).
    /// </summary>
    public string Label =>
        IsYear ? Localization.PageCulture.LeftToRight(LabelIn(CultureInfo.InvariantCulture)) : LabelIn(Localization.PageCulture.Current);

    private bool IsYear => (Start is { Month: 4, Day: 1 } && End == Start.AddYears(1).AddDays(-1)) || (Start is { Month: 1, Day: 1 } && End == new DateOnly(Start.Year, 12, 31));

    /// <summary>The label in a given culture; <see cref="CultureInfo.InvariantCulture"/> for the form files use.</summary>
    public string LabelIn(CultureInfo culture) =>
        Start is { Month: 4, Day: 1 } && End == Start.AddYears(1).AddDays(-1)
            ? string.Create(CultureInfo.InvariantCulture, $"{Start.Year}-{(Start.Year + 1) % 100:00}")
            : Start is { Month: 1, Day: 1 } && End == new DateOnly(Start.Year, 12, 31)
                ? Start.Year.ToString(CultureInfo.InvariantCulture)
                : Start.ToString("d MMM yyyy", culture) + " – " + End.ToString("d MMM yyyy", culture);

    /// <summary>Whether a period written in <c>inequalities.csv</c> means this period.</summary>
    public bool Matches(string text)
    {
        var t = text.Trim();
        return t == Key || t == LabelIn(CultureInfo.InvariantCulture)
            || t == Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            || t == End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            || t.Replace("..", "/", StringComparison.Ordinal) == Key
            || t.Replace(" to ", "/", StringComparison.Ordinal) == Key;
    }

    /// <inheritdoc />
    public int CompareTo(ReportingPeriod? other) =>
        other is null ? 1 : (Start, End).CompareTo((other.Start, other.End));
}
