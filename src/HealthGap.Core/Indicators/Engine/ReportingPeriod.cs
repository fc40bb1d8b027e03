using System.Globalization;
using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>One reporting period, inclusive dates, with the label used in outputs (2024-25, 2024-25 Q1, 2024-05).</summary>
public sealed record ReportingPeriod(DateOnly Start, DateOnly End, string Label)
{
    /// <summary>The <paramref name="count"/> latest complete periods of this kind ending on or before <paramref name="lastDate"/>, oldest first.</summary>
    public static IReadOnlyList<ReportingPeriod> Latest(PeriodSpec spec, DateOnly lastDate, int count)
    {
        var periods = new List<ReportingPeriod>();
        var end = LastEnd(spec.Kind, lastDate);
        for (var i = 0; i < count; i++)
        {
            periods.Add(Ending(spec, end));
            end = new DateOnly(end.Year, end.Month, 1).AddMonths(-Months(spec.Kind) + 1).AddDays(-1);
        }

        periods.Reverse();
        return periods;
    }

    /// <summary>The period of this kind ending on <paramref name="end"/> (a month end).</summary>
    public static ReportingPeriod Ending(PeriodSpec spec, DateOnly end)
    {
        var months = spec.RollingMonths ?? Months(spec.Kind);
        var start = end.AddDays(1).AddMonths(-months);
        return new ReportingPeriod(start, end, MakeLabel(spec, start, end));
    }

    /// <summary>Parses a period label (2024-25, 2024, 2024-25 Q1, 2024-05) for this kind of period.</summary>
    public static ReportingPeriod? Parse(PeriodSpec spec, string label)
    {
        DateOnly? end = spec.Kind switch
        {
            PeriodKind.FinancialYear when label.Length == 7 && int.TryParse(label[..4], CultureInfo.InvariantCulture, out var fy) => new DateOnly(fy + 1, 3, 31),
            PeriodKind.CalendarYear when label.Length == 4 && int.TryParse(label, CultureInfo.InvariantCulture, out var cy) => new DateOnly(cy, 12, 31),
            PeriodKind.Quarter when label.Length == 10 && int.TryParse(label[..4], CultureInfo.InvariantCulture, out var qy) && int.TryParse(label[9..], CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 4 =>
                new DateOnly(qy, 4, 1).AddMonths(3 * q).AddDays(-1),
            PeriodKind.Month when DateOnly.TryParseExact(label + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) => m.AddMonths(1).AddDays(-1),
            _ => null,
        };
        return end is { } e && Ending(spec, e).Label == label ? Ending(spec, e) : null;
    }

    private static int Months(PeriodKind kind) => kind switch
    {
        PeriodKind.FinancialYear or PeriodKind.CalendarYear => 12,
        PeriodKind.Quarter => 3,
        _ => 1,
    };

    private static DateOnly LastEnd(PeriodKind kind, DateOnly lastDate)
    {
        // The last month end on or before lastDate that closes a period of this kind.
        var end = new DateOnly(lastDate.Year, lastDate.Month, 1).AddMonths(1).AddDays(-1);
        if (end > lastDate)
        {
            end = new DateOnly(lastDate.Year, lastDate.Month, 1).AddDays(-1);
        }

        while (!Closes(kind, end.Month))
        {
            end = new DateOnly(end.Year, end.Month, 1).AddDays(-1);
        }

        return end;
    }

    private static bool Closes(PeriodKind kind, int month) => kind switch
    {
        PeriodKind.FinancialYear => month == 3,
        PeriodKind.CalendarYear => month == 12,
        PeriodKind.Quarter => month % 3 == 0,
        _ => true,
    };

    private static string MakeLabel(PeriodSpec spec, DateOnly start, DateOnly end) => spec.Kind switch
    {
        PeriodKind.FinancialYear when spec.RollingMonths is null => $"{start.Year}-{(start.Year + 1) % 100:00}",
        PeriodKind.CalendarYear when spec.RollingMonths is null => start.Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Quarter when spec.RollingMonths is null => $"{(end.Month <= 3 ? end.Year - 1 : end.Year)}-{(end.Month <= 3 ? end.Year : end.Year + 1) % 100:00} Q{((end.Month + 8) % 12 / 3) + 1}",
        PeriodKind.Month when spec.RollingMonths is null => end.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => $"{start:yyyy-MM-dd} to {end:yyyy-MM-dd}",
    };
}
