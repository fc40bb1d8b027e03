using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Reporting.Folder;

namespace HealthGap.Web.Charts;

/// <summary>
/// Funnel-plot control limits around a target value (the ICS value) at 95% (z = 1.96) and 99.8%
/// (z = 3.09), by the normal approximation used by PHEindicatormethods' funnel plots: binomial
/// for proportions, Poisson for rates. Only places drawing the funnel need them; published figures
/// come from the report.
/// </summary>
internal sealed record FunnelLimits(double Target, double Multiplier, bool IsProportion)
{
    public const double Z95 = 1.959964;
    public const double Z998 = 3.090232;

    /// <summary>The limit at denominator <paramref name="n"/>, <paramref name="z"/> standard errors away.</summary>
    public double Limit(double n, double z)
    {
        var se = IsProportion
            ? Math.Sqrt(Math.Max(0, Target / Multiplier * (1 - Target / Multiplier) / n)) * Multiplier
            : Math.Sqrt(Math.Max(0, Target * Multiplier / n));
        var limit = Target + z * se;
        return IsProportion ? Math.Clamp(limit, 0, Multiplier) : Math.Max(0, limit);
    }

    /// <summary>
    /// The limits around the ICS value <paramref name="target"/> for an indicator: binomial for a percentage,
    /// Poisson otherwise. Places and the funnel plot are judged with these same limits.
    /// </summary>
    public static FunnelLimits For(CatalogueEntry definition, double target) =>
        new(target, definition.Multiplier, definition.Measure == MeasureType.Proportion);

    /// <summary>
    /// Where an area's figure lies against the limits, or null without a value or a size: the size is its
    /// denominator, or for an observed-vs-expected ratio its expected count (numerator × multiplier ÷ value),
    /// on which the Poisson spread of such a ratio depends.
    /// </summary>
    public FunnelPosition? Position(CatalogueEntry definition, Results.IndicatorValue area)
    {
        if (area is not { HasValue: true, Value: { } value })
        {
            return null;
        }

        double? n = definition.IsObservedVsExpected
            ? (area.Numerator is { } observed && value > 0 ? observed * Multiplier / value : null)
            : area.Denominator;
        return n is > 0 ? Classify(value, n.Value) : null;
    }

    public FunnelPosition Classify(double value, double n) =>
        value > Limit(n, Z998) ? FunnelPosition.Above998
        : value > Limit(n, Z95) ? FunnelPosition.Above95
        : value < Limit(n, -Z998) ? FunnelPosition.Below998
        : value < Limit(n, -Z95) ? FunnelPosition.Below95
        : FunnelPosition.Within;
}
