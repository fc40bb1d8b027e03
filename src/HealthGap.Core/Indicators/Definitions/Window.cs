namespace HealthGap.Core.Indicators.Definitions;

/// <summary>The dates an event must fall in, relative to the reporting period.</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="Months">For <see cref="WindowKind.Months"/>: months to the period end; for <see cref="WindowKind.FromMonth"/>: the month (1–12) the window opens.</param>
internal sealed record Window(WindowKind Kind, int Months = 0)
{
    /// <summary>The reporting period itself.</summary>
    public static Window Period { get; } = new(WindowKind.Period);

    /// <summary>Any time up to the period end.</summary>
    public static Window Ever { get; } = new(WindowKind.Ever);

    /// <summary>First and last day of the window for a period (inclusive).</summary>
    public (DateOnly Start, DateOnly End) Resolve(DateOnly periodStart, DateOnly periodEnd) => Kind switch
    {
        WindowKind.Period => (periodStart, periodEnd),
        WindowKind.Ever => (new DateOnly(1900, 1, 1), periodEnd),
        WindowKind.Months => (periodEnd.AddDays(1).AddMonths(-Months), periodEnd),
        WindowKind.FromMonth => (LastOpening(periodEnd), periodEnd),
        _ => throw new InvalidOperationException($"unknown window kind {Kind}"),
    };

    private DateOnly LastOpening(DateOnly end)
    {
        var opening = new DateOnly(end.Year, Months, 1);
        return opening <= end ? opening : opening.AddYears(-1);
    }
}

/// <summary>Kinds of event window.</summary>
internal enum WindowKind
{
    /// <summary>The reporting period.</summary>
    Period,

    /// <summary>Ever, up to the period end.</summary>
    Ever,

    /// <summary>The N months to the period end.</summary>
    Months,

    /// <summary>From the latest 1st of a given month (e.g. 1 September, the flu campaign) to the period end.</summary>
    FromMonth,
}
