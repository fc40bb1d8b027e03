namespace HealthGap.Web.Results;

/// <summary>One row of the report's <c>inequalities.csv</c>: the slope and relative index of inequality, the PAR, the gap, the Core20 contrast and the tested trends.</summary>
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

    /// <summary>Population attributable risk in the indicator's units, the least deprived group as reference (positive: the area would be better off).</summary>
    public double? Par { get; init; }

    public double? ParLowerCl { get; init; }

    public double? ParUpperCl { get; init; }

    /// <summary>The PAR as a percentage of the area's value.</summary>
    public double? ParPercent { get; init; }

    public double? ParPercentLowerCl { get; init; }

    public double? ParPercentUpperCl { get; init; }

    /// <summary>Why the SII, RII and PAR are missing (privacy, unreliable, not_applicable), or empty.</summary>
    public string DeprivationHiddenReason { get; init; } = "";

    /// <summary>Core20 minus the rest, in the indicator's units.</summary>
    public double? Core20Difference { get; init; }

    public double? Core20DifferenceLowerCl { get; init; }

    public double? Core20DifferenceUpperCl { get; init; }

    /// <summary>Why the Core20 contrast is missing, or empty.</summary>
    public string Core20HiddenReason { get; init; } = "";

    /// <summary>The SII's change since <see cref="GapTrendSince"/> by the z test (widening, narrowing, no significant change, no earlier period, not available); empty in an older report.</summary>
    public string GapTrend { get; init; } = "";

    public string GapTrendSince { get; init; } = "";

    public double? GapTrendP { get; init; }

    /// <summary>Fingertips' recent trend of the overall value over the last 5 periods (increasing, decreasing, no significant change, not enough periods (needs 5), not available); empty in an older report.</summary>
    public string ValueTrend { get; init; } = "";

    /// <summary>The recent-trend test used (chi-squared test for trend in proportions, or weighted least squares).</summary>
    public string ValueTrendMethod { get; init; } = "";

    public double? ValueTrendP { get; init; }
}
