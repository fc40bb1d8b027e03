namespace HealthGap.Web.Results;

/// <summary>
/// One row of the report's <c>indicators.csv</c>. It has already passed the disclosure gate:
/// a suppressed figure has <see cref="Suppressed"/> set and no value, never a zero.
/// </summary>
internal sealed record IndicatorValue
{
    public required string IndicatorId { get; init; }

    public required ReportingPeriod Period { get; init; }

    public required string AreaType { get; init; }

    public required string AreaCode { get; init; }

    public required string AreaName { get; init; }

    public required string Breakdown { get; init; }

    public required string Group { get; init; }

    public double? Numerator { get; init; }

    public double? Denominator { get; init; }

    public double? Value { get; init; }

    public double? LowerCl { get; init; }

    public double? UpperCl { get; init; }

    public required string Statistic { get; init; }

    public required string Method { get; init; }

    public required bool Suppressed { get; init; }

    /// <summary>True for the whole-population row of an area (no breakdown).</summary>
    public bool IsTotal => Breakdowns.IsTotal(Breakdown);

    /// <summary>True when a value can be shown.</summary>
    public bool HasValue => !Suppressed && Value is not null;
}
