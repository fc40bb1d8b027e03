namespace HealthGap.Core.Funding.Comparison;

/// <summary>
/// One scenario's headline figures. Money given to an area is counted as reaching its residents
/// equally, except where the rule earmarks it for the area's Core20 residents; the bid pot reaches
/// no-one until it is awarded.
/// </summary>
public sealed record ScenarioSummary
{
    /// <summary>A label for the scenario (the rule's title, made unique).</summary>
    public required string Label { get; init; }

    /// <summary>Pounds given to areas (excluding the bid pot).</summary>
    public required long AllocatedPounds { get; init; }

    /// <summary>Pounds held back as a bid pot.</summary>
    public required long BidPotPounds { get; init; }

    /// <summary>Pounds given to areas per resident of all the areas.</summary>
    public required double PerHead { get; init; }

    /// <summary>Pounds reaching Core20 residents, per Core20 resident (null when there are none).</summary>
    public required double? PerCore20Resident { get; init; }

    /// <summary>Pounds reaching everyone else, per resident outside Core20 (null when there are none).</summary>
    public required double? PerOtherResident { get; init; }

    /// <summary>Share of the budget reaching residents of the most deprived national quintile (= Core20).</summary>
    public required double ShareToMostDeprivedQuintile { get; init; }

    /// <summary>The lowest pounds per head of any populated area.</summary>
    public required double MinPerHead { get; init; }

    /// <summary>The highest pounds per head of any populated area.</summary>
    public required double MaxPerHead { get; init; }

    /// <summary>Pounds that move between areas compared with the baseline (½ Σ |difference|, bid pot included), or null.</summary>
    public required long? MovedFromBaselinePounds { get; init; }
}
