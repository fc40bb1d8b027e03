namespace HealthGap.Core.Indicators.Definitions;

/// <summary>One age band of an <see cref="ExpectedPrevalence"/>: the share of men and of women with the condition.</summary>
/// <param name="MinAge">First age of the band (whole years).</param>
/// <param name="MaxAge">Last age of the band, or null for the open-ended oldest band.</param>
/// <param name="Male">Prevalence among men, 0–1.</param>
/// <param name="Female">Prevalence among women, 0–1.</param>
public sealed record ExpectedRate(int MinAge, int? MaxAge, double Male, double Female);
