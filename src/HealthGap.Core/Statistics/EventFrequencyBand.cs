namespace HealthGap.Core.Statistics;

/// <summary>
/// Individuals who had exactly <paramref name="EventFrequency"/> events in one band, for a DSR
/// whose events are not independent (one person can have several).
/// </summary>
/// <param name="AgeBand">Band label; rows with the same label share population and standard population.</param>
/// <param name="EventFrequency">Events per individual f (1, 2, 3, …).</param>
/// <param name="Individuals">Individuals with f events; null counts as 0.</param>
/// <param name="Population">Population in the band (&gt; 0).</param>
/// <param name="StandardPopulation">Standard population weight (≥ 0).</param>
public sealed record EventFrequencyBand(string AgeBand, int EventFrequency, double? Individuals, double Population, double StandardPopulation);
