using MathNet.Numerics.Distributions;

namespace HealthGap.Core.WaitingList;

/// <summary>
/// Median differences within each treatment function (<see cref="SpecialtyComparison"/>). The
/// interval follows Bonett and Price (2002, "Statistical inference for a linear function of
/// medians"): each median's standard error is read off its distribution-free order-statistic
/// interval (width ÷ 2z) and the two are combined as independent. Priority is not adjusted here;
/// the regression (<see cref="CaseMixRegression"/>) adjusts for both.
/// </summary>
internal static class SpecialtyComparisons
{
    public static IReadOnlyList<SpecialtyComparison> For(Breakdown breakdown, PathwaySet set, SortedGroups byGroupAndFunction, double confidence)
    {
        var z = Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        var functions = set.TreatmentFunctions.Count;
        var result = new List<SpecialtyComparison>();
        for (var t = 0; t < functions; t++)
        {
            var referenceDays = byGroupAndFunction.Days((breakdown.ReferenceLevel * functions) + t);
            var referenceCount = referenceDays.Length;
            var referenceMedian = OrderStatisticQuantile.Estimate(referenceDays, 0.5, confidence);
            for (var g = 0; g < breakdown.Levels.Count; g++)
            {
                var days = byGroupAndFunction.Days((g * functions) + t);
                if (g == breakdown.ReferenceLevel || days.Length == 0)
                {
                    continue;
                }

                var median = OrderStatisticQuantile.Estimate(days, 0.5, confidence);
                result.Add(new SpecialtyComparison(
                    breakdown.Id,
                    breakdown.Levels[g].Label,
                    breakdown.Reference.Label,
                    set.TreatmentFunctions[t],
                    days.Length,
                    referenceCount,
                    median.Weeks,
                    referenceMedian.Weeks,
                    Difference(median, referenceMedian, z)));
            }
        }

        return result;
    }

    private static DifferenceEstimate Difference(QuantileEstimate group, QuantileEstimate reference, double z)
    {
        if (group.Weeks is not { } a || reference.Weeks is not { } b)
        {
            return new DifferenceEstimate(null, null, null);
        }

        var difference = a - b;
        if (Se(group, z) is not { } seA || Se(reference, z) is not { } seB)
        {
            return new DifferenceEstimate(difference, null, null);
        }

        var se = Math.Sqrt((seA * seA) + (seB * seB));
        return new DifferenceEstimate(difference, difference - (z * se), difference + (z * se));
    }

    private static double? Se(QuantileEstimate estimate, double z) =>
        estimate is { Lower: { } lower, Upper: { } upper } ? (upper - lower) / (2 * z) : null;
}
