namespace HealthGap.Core.Statistics;

/// <summary>How to compute a slope index of inequality (the package's <c>phe_sii</c> arguments).</summary>
/// <param name="ValueType">Scale of the indicator: other, rate or proportion.</param>
/// <param name="Transform">Fit on the log / logit scale and back-transform (rates and proportions with limits only).</param>
/// <param name="Multiplier">Scales the SII (e.g. 100 for percentage points; negative reverses the direction).</param>
/// <param name="Confidence">Any number of levels; default 95 %.</param>
/// <param name="Repetitions">Monte Carlo repetitions (≥ 1000); default 100,000.</param>
/// <param name="Seed">Seed for the random draws; the same seed gives the same limits. Null picks one at random.</param>
public sealed record SiiOptions(SiiValueType ValueType = SiiValueType.Other, bool Transform = false, double Multiplier = 1,
    ConfidenceLevels? Confidence = null, int Repetitions = 100_000, int? Seed = null);
