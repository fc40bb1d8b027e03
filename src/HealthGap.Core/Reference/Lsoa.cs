namespace HealthGap.Core.Reference;

/// <summary>
/// One English Lower-layer Super Output Area (2011 boundaries) with its deprivation and its place in
/// NHS and local-government geography. Deciles and quintiles are <b>national</b> (1 = most deprived).
/// </summary>
public sealed record Lsoa
{
    /// <summary>ONS GSS code, e.g. <c>E01021988</c>.</summary>
    public required string Code { get; init; }

    /// <summary>ONS name, e.g. <c>Tendring 018A</c>.</summary>
    public required string Name { get; init; }

    /// <summary>IMD 2019 score; higher is more deprived.</summary>
    public required double ImdScore { get; init; }

    /// <summary>National IMD 2019 rank, 1 = most deprived. Official ranks contain ties.</summary>
    public required int ImdRank { get; init; }

    /// <summary>National IMD 2019 decile, 1 = most deprived 10% of LSOAs in England.</summary>
    public required int ImdDecile { get; init; }

    /// <summary>National IMD 2019 quintile, 1 = most deprived 20%.</summary>
    public int ImdQuintile => Deprivation.QuintileFromDecile(ImdDecile);

    /// <summary>True when the LSOA is in the most deprived 20% nationally (deciles 1–2): the NHS "Core20".</summary>
    public bool Core20 => ImdDecile <= Deprivation.Core20MaximumDecile;

    /// <summary>The seven IoD2019 domain deciles.</summary>
    public required DomainDeciles Domains { get; init; }

    /// <summary>IoD2019 mid-2015 population denominators.</summary>
    public required LsoaPopulation Population { get; init; }

    /// <summary>Local authority district (2022): the usual "place" within an ICS.</summary>
    public required AreaName Lad { get; init; }

    /// <summary>Sub-ICB location (July 2022), with its ODS code.</summary>
    public required CodedArea SubIcb { get; init; }

    /// <summary>Integrated care board (July 2022), with its ODS code.</summary>
    public required CodedArea Icb { get; init; }

    /// <summary>NHS England region (July 2022), with its ODS code.</summary>
    public required CodedArea Region { get; init; }
}

/// <summary>An area known by its GSS code and name.</summary>
/// <param name="Code">ONS GSS code.</param>
/// <param name="Name">Published name.</param>
public sealed record AreaName(string Code, string Name);

/// <summary>An NHS area with both its GSS code and its ODS code.</summary>
/// <param name="Code">ONS GSS code (E38…, E54…, E40…).</param>
/// <param name="OdsCode">NHS ODS code (e.g. <c>06T</c>, <c>QE1</c>, <c>Y61</c>).</param>
/// <param name="Name">Published name.</param>
public sealed record CodedArea(string Code, string OdsCode, string Name);

/// <summary>IoD2019 domain deciles (1 = most deprived 10% nationally).</summary>
public sealed record DomainDeciles(
    int Income, int Employment, int Education, int Health, int Crime, int Barriers, int LivingEnvironment);

/// <summary>IoD2019 population denominators, mid-2015, excluding prisoners.</summary>
public sealed record LsoaPopulation(int Total, int Aged0To15, int Aged16To59, int Aged60Plus, int WorkingAge);
