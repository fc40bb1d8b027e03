namespace HealthGap.Core.Statistics;

/// <summary>
/// A published measure: the value, its confidence limits at each requested level and the
/// PHEindicatormethods metadata describing how it was made.
/// </summary>
/// <param name="Value">The measure (already multiplied), or null when not available or suppressed.</param>
/// <param name="Intervals">One entry per requested confidence level, in the order requested (may be empty).</param>
/// <param name="Statistic">What the value is, e.g. <c>rate per 100000</c>, <c>proportion of 1</c>, <c>percentage</c>.</param>
/// <param name="Method">How the limits were made, e.g. <c>Wilson</c>, <c>Byars</c>, <c>Exact</c>, <c>Dobson</c>; null when undetermined.</param>
public sealed record Estimate(double? Value, IReadOnlyList<ConfidenceInterval> Intervals, string Statistic, string? Method)
{
    /// <summary>Lower limit at the first requested level (null when none).</summary>
    public double? Lower => Intervals.Count > 0 ? Intervals[0].Lower : null;

    /// <summary>Upper limit at the first requested level (null when none).</summary>
    public double? Upper => Intervals.Count > 0 ? Intervals[0].Upper : null;

    /// <summary>The limits at <paramref name="level"/>, or null when that level was not requested.</summary>
    public ConfidenceInterval? At(double level) =>
        Intervals.FirstOrDefault(i => Math.Abs(i.Level - level) < 1e-12);
}
