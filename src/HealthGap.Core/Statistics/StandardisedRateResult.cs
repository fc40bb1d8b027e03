namespace HealthGap.Core.Statistics;

/// <summary>A directly standardised rate for one group.</summary>
/// <param name="TotalCount">Σ events (returned even when the rate is suppressed).</param>
/// <param name="TotalPopulation">Σ population.</param>
/// <param name="Estimate">The DSR and its Dobson limits; value and limits null when the total count is below 10.</param>
/// <param name="StandardError">Standard error of the DSR on the multiplied scale (√var × m), for comparisons between groups.</param>
public sealed record StandardisedRateResult(double TotalCount, double TotalPopulation, Estimate Estimate, double StandardError);
