using System.Globalization;

namespace HealthGap.Web.Results;

/// <summary>A reporting period, inclusive at both ends.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
internal sealed record ReportingPeriod(DateOnly Start, DateOnly End) : IComparable<ReportingPeriod>
{
    /// <summary>The key used in URLs and CSV files: <c>2024-04-01/2025-03-31</c>.</summary>
    public string Key => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A short label people recognise: a financial year (<c>2024-25</c>), a calendar year, or the dates.</summary>
    public string Label =>
        Start is { Month: 4, Day: 1 } && End == Start.AddYears(1).AddDays(-1)
            ? string.Create(CultureInfo.InvariantCulture, $"{Start.Year}-{(Start.Year + 1) % 100:00}")
            : Start is { Month: 1, Day: 1 } && End == new DateOnly(Start.Year, 12, 31)
                ? Start.Year.ToString(CultureInfo.InvariantCulture)
                : Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture) + " – " + End.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Whether a period written in <c>inequalities.csv</c> means this period.</summary>
    public bool Matches(string text)
    {
        var t = text.Trim();
        return t == Key || t == Label
            || t == Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            || t == End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            || t.Replace("..", "/", StringComparison.Ordinal) == Key
            || t.Replace(" to ", "/", StringComparison.Ordinal) == Key;
    }

    /// <inheritdoc />
    public int CompareTo(ReportingPeriod? other) =>
        other is null ? 1 : (Start, End).CompareTo((other.Start, other.End));
}
