namespace HealthGap.Core.Statistics;

/// <summary>
/// Labels each record against its funnel limits (<c>assign_funnel_significance</c>):
/// "High (0.001)", "High (0.025)", "Low (0.001)", "Low (0.025)" or "Not significant".
/// </summary>
public static class FunnelSignificance
{
    /// <summary>The label for DSR records with fewer than 10 events.</summary>
    public const string NotApplicableDsr = "Not applicable for events less than 10 for dsrs";

    /// <summary>Proportions: x/n against the Wilson funnel limits at the record's own n around Σx/Σn.</summary>
    public static string[] Proportion(IReadOnlyList<FunnelRecord> records)
    {
        var denominators = FunnelInputs.ProportionDenominators(records);
        var average = records.Sum(r => r.Numerator) / denominators.Sum();
        var labels = new string[records.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            var (l2, u2) = FunnelMath.ProportionLimits(average, denominators[i], 0.975);
            var (l3, u3) = FunnelMath.ProportionLimits(average, denominators[i], 0.999);
            labels[i] = FunnelMath.Label(records[i].Numerator / denominators[i], l3, u3, l2, u2);
        }

        return labels;
    }

    /// <summary>Ratios: the exact (O &lt; 10) or Byar's limits of O/E against 1.</summary>
    public static string[] Ratio(IReadOnlyList<FunnelRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Select(r => AgainstOne(r.Numerator, r.Denominator ?? double.NaN)).ToArray();
    }

    /// <summary>Rates: O against the events expected at the weighted average rate.</summary>
    public static string[] Rate(IReadOnlyList<FunnelRecord> records, FunnelRateType rateType, double multiplier)
    {
        var derived = FunnelInputs.RateDenominators(records, rateType, multiplier);
        var usable = Enumerable.Range(0, records.Count).Where(i => !double.IsNaN(derived[i])).ToArray();
        var average = usable.Sum(i => records[i].Numerator) / usable.Sum(i => derived[i]);
        var labels = new string[records.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = rateType == FunnelRateType.Dsr && records[i].Numerator < 10
                ? NotApplicableDsr
                : AgainstOne(records[i].Numerator, derived[i] * average);
        }

        return labels;
    }

    private static string AgainstOne(double observed, double expected)
    {
        var (l3, u3, _) = PoissonLimits.ExactOrByars(observed, 0.998);
        var (l2, u2, _) = PoissonLimits.ExactOrByars(observed, 0.95);
        var lower3 = l3 / expected;
        var lower2 = l2 / expected;
        var upper3 = u3 / expected;
        var upper2 = u2 / expected;
        return lower3 > 1 ? "High (0.001)"
            : lower2 > 1 ? "High (0.025)"
            : upper3 < 1 ? "Low (0.001)"
            : upper2 < 1 ? "Low (0.025)"
            : "Not significant";
    }
}
