namespace HealthGap.Core.Indicators.Definitions;

/// <summary>A comparison operator for value thresholds; only these reach SQL.</summary>
internal enum Comparison
{
    /// <summary>&lt;</summary>
    Less,

    /// <summary>&lt;=</summary>
    LessOrEqual,

    /// <summary>&gt;</summary>
    Greater,

    /// <summary>&gt;=</summary>
    GreaterOrEqual,
}
