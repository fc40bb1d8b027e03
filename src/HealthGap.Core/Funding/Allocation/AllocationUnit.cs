namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// One area that receives a share: its population and deprivation summed from its LSOAs. All
/// figures come from IoD2019 (IMD 2019, mid-2015 populations); deprivation is national.
/// </summary>
public sealed record AllocationUnit
{
    /// <summary>The area's code (GSS code, or the neighbourhood code from the groups file).</summary>
    public required string Code { get; init; }

    /// <summary>The area's name.</summary>
    public required string Name { get; init; }

    /// <summary>How many LSOAs make up the area.</summary>
    public required int LsoaCount { get; init; }

    /// <summary>IoD2019 mid-2015 population.</summary>
    public required long Population { get; init; }

    /// <summary>Population living in Core20 LSOAs (national IMD deciles 1–2, i.e. national quintile 1).</summary>
    public required long Core20Population { get; init; }

    /// <summary>Σ population × IMD 2019 score over the area's LSOAs (so the area's mean score is population-weighted).</summary>
    public required double ImdScorePopulationSum { get; init; }

    /// <summary>Population-weighted mean IMD 2019 score (0 when the area has no population).</summary>
    public double MeanImdScore => Population == 0 ? 0 : ImdScorePopulationSum / Population;

    /// <summary>Share of the population in Core20 (0–1).</summary>
    public double Core20Share => Population == 0 ? 0 : (double)Core20Population / Population;
}
