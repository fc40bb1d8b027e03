namespace HealthGap.Core.Statistics;

/// <summary>How ratio funnel limits are expressed (the package's <c>ratio_type</c>).</summary>
public enum FunnelRatioType
{
    /// <summary>O/E − 1 (a count-style excess).</summary>
    Count,

    /// <summary>O/E × multiplier (an ISR/SMR × 100).</summary>
    Isr,
}
