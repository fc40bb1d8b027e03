namespace HealthGap.Web.Results;

/// <summary>One row of the report's <c>inequalities.csv</c>: the slope and relative index of inequality, the gap and the Core20 ratio.</summary>
internal sealed record InequalitySummary
{
    public required string IndicatorId { get; init; }

    public required string Period { get; init; }

    public required string AreaType { get; init; }

    public required string AreaCode { get; init; }

    public double? Sii { get; init; }

    public double? SiiLowerCl { get; init; }

    public double? SiiUpperCl { get; init; }

    public double? Rii { get; init; }

    public double? RiiLowerCl { get; init; }

    public double? RiiUpperCl { get; init; }

    public double? GapAbsolute { get; init; }

    public double? GapRelative { get; init; }

    public double? Core20Ratio { get; init; }

    public double? Core20RatioLowerCl { get; init; }

    public double? Core20RatioUpperCl { get; init; }

    /// <summary>The groups the SII was fitted over (empty in an older report).</summary>
    public string SiiQuantiles { get; init; } = "";

    /// <summary>The trend against the period before (empty in an older report).</summary>
    public string Trend { get; init; } = "";
}
