using System.Globalization;
using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// One reporting period, inclusive dates, with the label used in outputs (2024-25, 2024-25 Q1, 2024-05),
/// or several consecutive years pooled into one (2022-23 to 2024-25), whose counts are the sums of its
/// <see cref="Parts"/>. Two periods are equal when their dates and labels are.
/// </summary>
public sealed record ReportingPeriod(DateOnly Start, DateOnly End, string Label)
{
    // Separator between the first and last year of a pooled label; a rolling window's label uses it between dates.
    private const string To = " to ";

    private readonly IReadOnlyList<ReportingPeriod>? _parts;

    /// <summary>The single periods this one adds up, oldest first: itself for a single period, each year for a pooled one.</summary>
    public IReadOnlyList<ReportingPeriod> Parts
    {
        get => _parts ?? [this];
        init => _parts = value.Count > 1 ? value : null;
    }

    /// <summary>True when this period pools several single periods (<see cref="Parts"/>).</summary>
    public bool IsPooled => _parts is not null;

    /// <summary>
    /// The <paramref name="years"/> consecutive periods of <paramref name="spec"/>'s kind ending with
    /// <paramref name="last"/>, as one pooled period labelled by its first and last (2022-23 to 2024-25).
    /// </summary>
    public static ReportingPeriod Pooled(PeriodSpec spec, ReportingPeriod last, int years)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 2);
        var single = spec with { PooledYears = null };
        var parts = Latest(single, last.End, years);
        return new ReportingPeriod(parts[0].Start, last.End, parts[0].Label + To + parts[^1].Label) { Parts = parts };
    }

    /// <summary>The pooled period from <paramref name="first"/> to <paramref name="last"/> (single periods of <paramref name="spec"/>'s kind), or null when they are not 2 to 10 years apart in order.</summary>
    public static ReportingPeriod? Between(PeriodSpec spec, ReportingPeriod first, ReportingPeriod last)
    {
        var years = ((last.End.Year - first.End.Year) * 12 + last.End.Month - first.End.Month) / 12.0 + 1;
        return spec.Kind is PeriodKind.FinancialYear or PeriodKind.CalendarYear && spec.RollingMonths is null
            && years is >= 2 and <= 10 && years == Math.Floor(years)
            ? Pooled(spec, last, (int)years)
            : null;
    }

    /// <inheritdoc/>
    public bool Equals(ReportingPeriod? other) =>
        other is not null && Start == other.Start && End == other.End && string.Equals(Label, other.Label, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, Label);

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

    /// <summary>
    /// Parses a period label (2024-25, 2024, 2024-25 Q1, 2024-05) for this kind of period, or a pooled
    /// one (2022-23 to 2024-25, 2020 to 2024) for a kind of year.
    /// </summary>
    public static ReportingPeriod? Parse(PeriodSpec spec, string label)
    {
        var to = label.IndexOf(To, StringComparison.Ordinal);
        if (to > 0 && spec.RollingMonths is null)
        {
            var single = spec with { PooledYears = null };
            return Parse(single, label[..to]) is { } first && Parse(single, label[(to + To.Length)..]) is { } last
                && Between(single, first, last) is { } pooled && pooled.Label == label
                ? pooled
                : null;
        }

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
