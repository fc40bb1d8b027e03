namespace HealthGap.Core.Statistics;

/// <summary>An indirectly standardised rate or ratio for one group.</summary>
/// <param name="Observed">Observed events O.</param>
/// <param name="Expected">Expected events E = Σ(x_ref/n_ref)·n.</param>
/// <param name="ReferenceRate">Reference rate Σx_ref/Σn_ref × m (ISRate only; null for a ratio).</param>
/// <param name="Estimate">The ISR or ratio with exact (O &lt; 10) or Byar's limits.</param>
public sealed record IndirectStandardisationResult(double Observed, double Expected, double? ReferenceRate, Estimate Estimate);
