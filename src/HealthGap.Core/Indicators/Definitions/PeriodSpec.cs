namespace HealthGap.Core.Indicators.Definitions;

/// <summary>The reporting period of an indicator.</summary>
/// <param name="Kind">Financial year, calendar year, quarter or month.</param>
/// <param name="RollingMonths">When set, each period covers this many months to its end (a rolling window).</param>
public sealed record PeriodSpec(PeriodKind Kind, int? RollingMonths)
{
    /// <summary>
    /// When set (2–10, year periods only), the report also publishes each reported year pooled with the
    /// years before it, this many in all (Fingertips pools 3 years, 5 for life expectancy), so small
    /// areas and groups get a figure: the pooled counts are the sums of the single years' counts.
    /// </summary>
    public int? PooledYears { get; init; }
}

/// <summary>Kinds of reporting period.</summary>
public enum PeriodKind
{
    /// <summary>1 April to 31 March.</summary>
    FinancialYear,

    /// <summary>1 January to 31 December.</summary>
    CalendarYear,

    /// <summary>Financial quarters ending June, September, December, March.</summary>
    Quarter,

    /// <summary>Calendar month.</summary>
    Month,
}
