namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// A further condition on each counted event row (not on the person), e.g. what else was recorded
/// in the same hospital spell. Each concrete kind has one SQL emitter in <c>Indicators/Engine</c>.
/// </summary>
internal abstract record EventCondition;
