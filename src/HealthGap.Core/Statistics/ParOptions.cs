namespace HealthGap.Core.Statistics;

/// <summary>How to compute a population attributable risk (see <see cref="PopulationAttributableRisk"/>).</summary>
/// <param name="ValueType">Scale of the indicator, as for the SII: draws of rates are made on the log scale and of proportions on the logit scale.</param>
/// <param name="HigherIsBetter">False (the default) for a burden such as admissions or deaths; true for something to have more of, such as screening coverage.</param>
/// <param name="ReferenceQuantile">The group every other is compared with; null means the highest-numbered quantile (the least deprived, when 1 is the most deprived).</param>
/// <param name="Confidence">Any number of levels; default 95 %.</param>
/// <param name="Repetitions">Monte Carlo repetitions (≥ 1000); default 100,000.</param>
/// <param name="Seed">Seed for the random draws; the same seed gives the same limits. Null picks one at random.</param>
public sealed record ParOptions(SiiValueType ValueType = SiiValueType.Other, bool HigherIsBetter = false, double? ReferenceQuantile = null,
    ConfidenceLevels? Confidence = null, int Repetitions = 100_000, int? Seed = null)
{
    /// <summary>The same value type, levels, repetitions and seed as SII options, so both come from one set of draws' settings.</summary>
    internal SiiOptions AsSiiOptions() => new(ValueType, Transform: false, Multiplier: 1, Confidence, Repetitions, Seed);
}
