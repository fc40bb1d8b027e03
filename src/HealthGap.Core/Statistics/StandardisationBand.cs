namespace HealthGap.Core.Statistics;

/// <summary>One age (or other standardisation) band of one group, for a directly standardised rate.</summary>
/// <param name="Count">Events in the band; null counts as 0 (as the package does).</param>
/// <param name="Population">Population in the band (&gt; 0).</param>
/// <param name="StandardPopulation">Standard population weight for the band (≥ 0), e.g. ESP2013.</param>
public sealed record StandardisationBand(double? Count, double Population, double StandardPopulation);
