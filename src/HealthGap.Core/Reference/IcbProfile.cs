namespace HealthGap.Core.Reference;

/// <summary>A part of an ICB (a place/LAD or a sub-ICB) with its size and deprivation.</summary>
/// <param name="Code">GSS code.</param>
/// <param name="OdsCode">ODS code where the area has one (sub-ICBs), else null.</param>
/// <param name="Name">Name.</param>
/// <param name="LsoaCount">LSOAs in the area within this ICB.</param>
/// <param name="Population">IoD2019 mid-2015 population.</param>
/// <param name="Core20Population">Population living in national IMD deciles 1–2.</param>
public sealed record AreaProfile(string Code, string? OdsCode, string Name, int LsoaCount, long Population, long Core20Population)
{
    /// <summary>Share of the population in Core20 (0–1).</summary>
    public double Core20Share => Population == 0 ? 0 : (double)Core20Population / Population;
}

/// <summary>
/// An integrated care board's geography and deprivation profile. Quintiles and deciles are the
/// <b>national</b> ones: an ICB's LSOAs are never re-ranked among themselves.
/// </summary>
public sealed record IcbProfile
{
    /// <summary>The ICB.</summary>
    public required CodedArea Icb { get; init; }

    /// <summary>The NHS England region it belongs to.</summary>
    public required CodedArea Region { get; init; }

    /// <summary>Its LSOAs, in code order.</summary>
    public required IReadOnlyList<Lsoa> Lsoas { get; init; }

    /// <summary>Its places (local authority districts, 2022).</summary>
    public required IReadOnlyList<AreaProfile> Places { get; init; }

    /// <summary>Its sub-ICB locations.</summary>
    public required IReadOnlyList<AreaProfile> SubIcbs { get; init; }

    /// <summary>Population by national IMD decile; index 0 is decile 1 (most deprived).</summary>
    public required IReadOnlyList<long> PopulationByDecile { get; init; }

    /// <summary>LSOA count by national IMD decile; index 0 is decile 1.</summary>
    public required IReadOnlyList<int> LsoasByDecile { get; init; }

    /// <summary>Total IoD2019 mid-2015 population.</summary>
    public long Population => PopulationByDecile.Sum();

    /// <summary>Population by national IMD quintile; index 0 is quintile 1 (most deprived).</summary>
    public IReadOnlyList<long> PopulationByQuintile =>
        Enumerable.Range(0, 5).Select(q => PopulationByDecile[2 * q] + PopulationByDecile[(2 * q) + 1]).ToArray();

    /// <summary>Population living in Core20 LSOAs (national deciles 1–2).</summary>
    public long Core20Population => PopulationByDecile[0] + PopulationByDecile[1];

    /// <summary>Share of the population in Core20 (0–1).</summary>
    public double Core20Share => Population == 0 ? 0 : (double)Core20Population / Population;
}
