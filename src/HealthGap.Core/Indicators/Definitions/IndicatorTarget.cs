namespace HealthGap.Core.Indicators.Definitions;

/// <summary>A published target: value on the indicator's scale, who set it, and the year it applies to.</summary>
public sealed record IndicatorTarget(double Value, string Source, int Year);
