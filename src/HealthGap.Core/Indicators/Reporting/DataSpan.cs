using System.Globalization;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// The dates a store holds data for, used to refuse a period asked for by name that the data does
/// not cover (a future year would otherwise be computed as rows of zeros). It does not choose
/// periods; <see cref="ReportingPeriod"/> does.
/// </summary>
/// <param name="First">The first date with data.</param>
/// <param name="Last">The last date with data.</param>
internal sealed record DataSpan(DateOnly First, DateOnly Last)
{
    // How many of the latest complete periods of each kind the error message lists.
    private const int Listed = 6;

    /// <summary>
    /// <paramref name="period"/> when the data covers all of it; otherwise an <see cref="ReportRequestException"/>
    /// naming the span of the data and the periods it does cover.
    /// </summary>
    public ReportingPeriod Check(ReportingPeriod period, string asked) =>
        Covers(period)
            ? period
            : throw new ReportRequestException(
                $"period '{asked}' is outside the data, which runs from {Date(First)} to {Date(Last)}. {ValidPeriods()}");

    /// <summary>True when the data covers all of <paramref name="period"/> (every year of a pooled one).</summary>
    public bool Covers(ReportingPeriod period) => period.End <= Last && period.Start >= FirstMonth;

    /// <summary>The complete financial and calendar years the data covers, as a sentence.</summary>
    public string ValidPeriods()
    {
        var years = Covered(PeriodKind.FinancialYear);
        var calendar = Covered(PeriodKind.CalendarYear);
        return years.Count == 0 && calendar.Count == 0
            ? "The data does not cover a whole year; name a quarter (2024-25 Q1) or a month (2024-05) inside it."
            : $"Use a financial year ({List(years)}) or a calendar year ({List(calendar)}); quarters and months inside these also work, "
                + $"and so do years pooled from the first to the last of them (e.g. {Pooled(years, calendar)}).";
    }

    // A period counts as covered from the first day of the month the data starts in.
    private DateOnly FirstMonth => new(First.Year, First.Month, 1);

    private List<string> Covered(PeriodKind kind) =>
        [.. ReportingPeriod.Latest(new PeriodSpec(kind, null), Last, Listed).Where(p => p.Start >= FirstMonth).Select(p => p.Label)];

    private static string Pooled(List<string> years, List<string> calendar)
    {
        var labels = years.Count >= 2 ? years : calendar.Count >= 2 ? calendar : null;
        return labels is null ? "2022-23 to 2024-25" : $"{labels[^Math.Min(3, labels.Count)]} to {labels[^1]}";
    }

    private static string List(List<string> labels) => labels.Count == 0 ? "none" : string.Join(", ", labels);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
