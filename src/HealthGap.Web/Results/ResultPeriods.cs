using System.Globalization;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Web.Results;

/// <summary>
/// The web's reading of Core's <see cref="ReportingPeriod"/>: the period of a row's dates (with the label
/// the report gives it), its key in URLs and downloads, which text in a results file means it, and the
/// order periods are listed in. How a period is shown on a page is <see cref="Localization.PageCulture.Label(ReportingPeriod)"/>.
/// </summary>
internal static class ResultPeriods
{
    private static readonly PeriodKind[] Kinds = [PeriodKind.FinancialYear, PeriodKind.CalendarYear, PeriodKind.Quarter, PeriodKind.Month];

    /// <summary>Oldest first: by first day, then by last day.</summary>
    public static IComparer<ReportingPeriod> Chronological { get; } =
        Comparer<ReportingPeriod>.Create((a, b) => (a.Start, a.End).CompareTo((b.Start, b.End)));

    /// <summary>
    /// The period from <paramref name="start"/> to <paramref name="end"/>, labelled as the report labels it:
    /// a financial year <c>2024-25</c>, a calendar year <c>2024</c>, a quarter <c>2024-25 Q1</c>, a month
    /// <c>2024-05</c>, 2 to 10 whole years pooled <c>2022-23 to 2024-25</c> (with its years as
    /// <see cref="ReportingPeriod.Parts"/>), otherwise <c>2024-04-01 to 2025-03-31</c>.
    /// </summary>
    public static ReportingPeriod From(DateOnly start, DateOnly end) =>
        Kinds.Select(kind => ReportingPeriod.Latest(new PeriodSpec(kind, null), end, 1)[0]).FirstOrDefault(p => p.Start == start && p.End == end)
        ?? Pooled(start, end)
        ?? new ReportingPeriod(start, end, $"{Date(start)} to {Date(end)}");

    // Whole financial or calendar years back to back: the report's pooled periods.
    private static ReportingPeriod? Pooled(DateOnly start, DateOnly end) =>
        new[] { PeriodKind.FinancialYear, PeriodKind.CalendarYear }.Select(kind => new PeriodSpec(kind, null))
            .Select(spec => (Spec: spec, Last: ReportingPeriod.Latest(spec, end, 1)[0]))
            .Where(x => x.Last.End == end)
            .Select(x => ReportingPeriod.Between(x.Spec, ReportingPeriod.Latest(x.Spec, start.AddYears(1).AddDays(-1), 1)[0], x.Last))
            .FirstOrDefault(p => p is not null && p.Start == start);

    extension(ReportingPeriod period)
    {
        /// <summary>The key used in URLs and CSV files: <c>2024-04-01/2025-03-31</c>.</summary>
        public string Key => Date(period.Start) + "/" + Date(period.End);

        /// <summary>Whether a period written in <c>inequalities.csv</c> (or asked for in a URL) means this period.</summary>
        public bool Matches(string text)
        {
            var t = text.Trim();
            return t == period.Key || t == period.Label || t == Localization.PageCulture.Label(period, CultureInfo.InvariantCulture)
                || t == Date(period.Start) || t == Date(period.End)
                || t.Replace("..", "/", StringComparison.Ordinal) == period.Key
                || t.Replace(" to ", "/", StringComparison.Ordinal) == period.Key;
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
