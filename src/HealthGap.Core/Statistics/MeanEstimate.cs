namespace HealthGap.Core.Statistics;

/// <summary>The result of <see cref="Mean.Calculate"/>: the summaries and the mean with its limits.</summary>
/// <param name="Sum">Sum of the values (null when any value is missing).</param>
/// <param name="Count">Number of values, missing ones included (as the package counts).</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1), null when undefined.</param>
/// <param name="Estimate">The mean and its Student-t limits.</param>
public sealed record MeanEstimate(double? Sum, int Count, double? StandardDeviation, Estimate Estimate);
