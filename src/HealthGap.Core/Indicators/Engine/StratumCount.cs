namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// One row of sufficient statistics: additive counts for an area, breakdown group, age band and sex.
/// Summing the rows of shards (split by person) gives exactly the rows of the whole.
/// </summary>
/// <param name="AreaType">icb, sub_icb, place, pcn or practice.</param>
/// <param name="AreaCode">The area's code, or Unknown.</param>
/// <param name="Breakdown">Breakdown name (all, imd_decile, …).</param>
/// <param name="Group">Group within the breakdown (e.g. 1, Core20, White, Yes, Unknown).</param>
/// <param name="AgeBand">Age band index in the definition's scheme.</param>
/// <param name="Sex">M, F or U.</param>
/// <param name="Numerator">Numerator count.</param>
/// <param name="Denominator">Denominator count.</param>
public readonly record struct StratumCount(
    string AreaType,
    string AreaCode,
    string Breakdown,
    string Group,
    int AgeBand,
    string Sex,
    long Numerator,
    long Denominator);
