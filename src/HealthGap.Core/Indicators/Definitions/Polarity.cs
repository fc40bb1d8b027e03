namespace HealthGap.Core.Indicators.Definitions;

/// <summary>Whether a higher value is better.</summary>
public enum Polarity
{
    /// <summary>Higher is better.</summary>
    HigherBetter,

    /// <summary>Lower is better.</summary>
    LowerBetter,

    /// <summary>No value judgement (a low value may mean unmet need).</summary>
    Context,
}
