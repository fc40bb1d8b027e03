namespace HealthGap.Core.Statistics;

/// <summary>Life expectancy at every band start for one group, with the package's warnings.</summary>
/// <param name="Ages">One entry per band, youngest first.</param>
/// <param name="Warnings">The PHEindicatormethods warning texts that apply (empty when none).</param>
public sealed record LifeExpectancyResult(IReadOnlyList<LifeExpectancyAtAge> Ages, IReadOnlyList<string> Warnings);
