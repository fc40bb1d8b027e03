namespace HealthGap.Web.Geography;

/// <summary>One LSOA's boundary, projected to plane coordinates (x east, y north), with what maps colour it by.</summary>
/// <param name="LsoaCode">LSOA 2011 code.</param>
/// <param name="PlaceCode">The place (local authority district) it lies in.</param>
/// <param name="ImdDecile">National IMD 2019 decile, 1 = most deprived.</param>
/// <param name="Rings">Polygon rings as flat x,y pairs.</param>
internal sealed record MapShape(string LsoaCode, string PlaceCode, int ImdDecile, IReadOnlyList<double[]> Rings);
