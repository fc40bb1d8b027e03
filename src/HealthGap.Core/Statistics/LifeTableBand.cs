namespace HealthGap.Core.Statistics;

/// <summary>One age band of an abridged life table input.</summary>
/// <param name="StartAge">First age in the band: 0, 1, 5, 10, … 90 (90 is the open 90+ band).</param>
/// <param name="Population">Population (person-years) in the band.</param>
/// <param name="Deaths">Deaths in the band.</param>
public sealed record LifeTableBand(int StartAge, double Population, double Deaths);
