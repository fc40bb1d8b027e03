namespace HealthGap.Core.Statistics;

/// <summary>One band of one group for indirect standardisation (ISR / SMR).</summary>
/// <param name="Count">Observed events in the band; null counts as 0.</param>
/// <param name="Population">Population in the band (≥ 0; zero allowed); null counts as 0.</param>
/// <param name="ReferenceCount">Events in the reference population's band; null counts as 0.</param>
/// <param name="ReferencePopulation">Reference population in the band.</param>
public sealed record IndirectBand(double? Count, double? Population, double? ReferenceCount, double ReferencePopulation);
