namespace HealthGap.Core.Statistics;

/// <summary>
/// Rate ratio and rate difference between two groups (e.g. Core20 vs the rest, most vs least
/// deprived decile) with normal-approximation limits: the ratio on the log scale,
/// SE(ln RR) = √((SE₁/R₁)² + (SE₂/R₂)²); the difference with SE = √(SE₁² + SE₂²). For crude rates
/// this is the familiar √(1/O₁ + 1/O₂). Not part of PHEindicatormethods; follows the Fingertips
/// technical guidance for comparing two rates.
/// </summary>
internal static class RateComparison
{
    /// <summary>Ratio of <paramref name="group"/> to <paramref name="reference"/>; null when either rate is zero or missing.</summary>
    public static Estimate RateRatio(GroupRate group, GroupRate reference, ConfidenceLevels? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(reference);
        var levels = confidence ?? ConfidenceLevels.Default;
        var ratio = group.Rate / reference.Rate;
        var valid = group.Rate > 0 && reference.Rate > 0;
        var se = Math.Sqrt(Math.Pow(group.StandardError / group.Rate, 2) + Math.Pow(reference.StandardError / reference.Rate, 2));
        var intervals = levels.Levels.Select(level =>
        {
            var z = Distributions.TwoSidedZ(level);
            return valid
                ? ConfidenceInterval.Of(level, ratio * Math.Exp(-z * se), ratio * Math.Exp(z * se))
                : new ConfidenceInterval(level, null, null);
        }).ToArray();
        return new Estimate(valid ? ratio : null, intervals, "rate ratio", "log-normal approximation");
    }

    /// <summary><paramref name="group"/> minus <paramref name="reference"/>, in the rates' units.</summary>
    public static Estimate RateDifference(GroupRate group, GroupRate reference, ConfidenceLevels? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(reference);
        var levels = confidence ?? ConfidenceLevels.Default;
        var difference = group.Rate - reference.Rate;
        var se = Math.Sqrt((group.StandardError * group.StandardError) + (reference.StandardError * reference.StandardError));
        var intervals = levels.Levels.Select(level =>
        {
            var z = Distributions.TwoSidedZ(level);
            return ConfidenceInterval.Of(level, difference - (z * se), difference + (z * se));
        }).ToArray();
        return new Estimate(Na.ToNullable(difference), intervals, "rate difference", "normal approximation");
    }
}
