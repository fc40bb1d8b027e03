namespace HealthGap.Core.Statistics;

/// <summary>A recent-trend test's answer.</summary>
/// <param name="Points">Periods tested.</param>
/// <param name="Slope">Change per period in the value's units (a proportion as a fraction).</param>
/// <param name="ChiSquared">The test statistic, on 1 degree of freedom.</param>
/// <param name="PValue">Chance of a χ² this large with no trend.</param>
/// <param name="Direction">Increasing or decreasing when significant at the chosen level, else no significant change.</param>
public sealed record TrendResult(int Points, double Slope, double ChiSquared, double PValue, TrendDirection Direction);

/// <summary>What a recent-trend test found (whether that is better or worse depends on the indicator's polarity).</summary>
public enum TrendDirection
{
    /// <summary>No change distinguishable from chance at the chosen level.</summary>
    NoSignificantChange,

    /// <summary>Significantly rising.</summary>
    Increasing,

    /// <summary>Significantly falling.</summary>
    Decreasing,
}
