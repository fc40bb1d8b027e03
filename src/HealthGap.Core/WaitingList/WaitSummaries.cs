namespace HealthGap.Core.WaitingList;

/// <summary>Summarises each group's waits (<see cref="WaitSummary"/>) from waits sorted within group.</summary>
internal static class WaitSummaries
{
    /// <summary>The waiting-time thresholds reported, in weeks (NHS RTT long-wait measures).</summary>
    public static readonly int[] ThresholdWeeks = [18, 52, 65];

    public static IReadOnlyList<WaitSummary> For(Breakdown breakdown, SortedGroups groups, double confidence)
    {
        var result = new WaitSummary[breakdown.Levels.Count];
        for (var g = 0; g < result.Length; g++)
        {
            var days = groups.Days(g);
            result[g] = new WaitSummary(
                breakdown.Id,
                breakdown.Levels[g].Label,
                days.Length,
                OrderStatisticQuantile.Estimate(days, 0.5, confidence),
                OrderStatisticQuantile.Estimate(days, 0.92, confidence),
                CountOver(days, ThresholdWeeks[0]),
                CountOver(days, ThresholdWeeks[1]),
                CountOver(days, ThresholdWeeks[2]));
        }

        return result;
    }

    /// <summary>Waits of more than <paramref name="weeks"/> weeks (strictly more than weeks × 7 days) in ascending waits.</summary>
    internal static int CountOver(ReadOnlySpan<int> sortedDays, int weeks)
    {
        var limit = weeks * 7;
        int lo = 0, hi = sortedDays.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sortedDays[mid] <= limit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return sortedDays.Length - lo;
    }
}
