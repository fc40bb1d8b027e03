namespace HealthGap.Core.Statistics;

/// <summary>Life expectancy at the start of one band.</summary>
/// <param name="StartAge">The age the expectancy is measured from.</param>
/// <param name="Value">Expected further years of life; null when suppressed (95 % CI wider than 20 years, infinite, or the whole group suppressed).</param>
/// <param name="Intervals">Limits per requested level; kept even when only the value is suppressed for width, as the package does.</param>
/// <param name="PopulationUsed">Population at ages ≥ <paramref name="StartAge"/> (null when the group is suppressed).</param>
/// <param name="DeathsUsed">Deaths at ages ≥ <paramref name="StartAge"/> (null when the group is suppressed).</param>
public sealed record LifeExpectancyAtAge(int StartAge, double? Value, IReadOnlyList<ConfidenceInterval> Intervals, double? PopulationUsed, double? DeathsUsed);
