namespace HealthGap.Core.Funding.Allocation;

/// <summary>
/// Which data a scenario stands on, so that it can be reproduced: the releases used and the SHA-256 of
/// each reference file read. A scenario re-run on the same files gives the same pounds.
/// </summary>
public sealed record DataVintage
{
    /// <summary>The deprivation release.</summary>
    public string Deprivation { get; init; } = "English Indices of Deprivation 2019 (IMD 2019), 2011 LSOAs; national deciles, Core20 = deciles 1–2";

    /// <summary>The population denominators.</summary>
    public string Population { get; init; } = "IoD2019 mid-2015 population denominators (ONS mid-2015 estimates, excluding prisoners)";

    /// <summary>The geography lookup.</summary>
    public string Geography { get; init; } = "LSOA 2011 → sub-ICB location, ICB and NHS England region (July 2022); local authority district (2022)";

    /// <summary>SHA-256 of each reference file read, by file name.</summary>
    public required IReadOnlyDictionary<string, string> ReferenceFiles { get; init; }
}
