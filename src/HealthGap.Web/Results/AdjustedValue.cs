using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Web.Results;

/// <summary>
/// One row of the report's <c>adjusted.csv</c>: a group compared with its area after allowing for deprivation
/// (IMD quintile), age band and sex. Already gated by the report: a hidden comparison has <see cref="Suppressed"/>
/// set and no figures, never zeros.
/// </summary>
internal sealed record AdjustedValue
{
    public required string IndicatorId { get; init; }

    public required ReportingPeriod Period { get; init; }

    public required string AreaType { get; init; }

    public required string AreaCode { get; init; }

    public required string Breakdown { get; init; }

    public required string Group { get; init; }

    public double? Observed { get; init; }

    public double? Expected { get; init; }

    public double? Ratio { get; init; }

    public double? LowerCl { get; init; }

    public double? UpperCl { get; init; }

    public double? CrudeRatio { get; init; }

    public string Method { get; init; } = "";

    public bool Suppressed { get; init; }

    public string HiddenReason { get; init; } = "";

    /// <summary>Higher (1), lower (-1) or no different from the area once adjusted (0: the interval holds 1), or null without a ratio.</summary>
    public int? Direction => Ratio is null || LowerCl is null || UpperCl is null ? null : LowerCl > 1 ? 1 : UpperCl < 1 ? -1 : 0;
}
