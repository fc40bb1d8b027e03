using HealthGap.Synthetic.Events;
using HealthGap.Synthetic.Extracts;
using HealthGap.Synthetic.Population;
using HealthGap.Synthetic.Truth;

namespace HealthGap.Synthetic;

/// <summary>What one LSOA shard works with: the shared context, its own random streams, its rows and its truth tally.</summary>
internal sealed class ShardState(SynthContext context, SeededRandom random, ExtractRows rows, TruthTally tally, SeededRandom planting)
{
    public SynthContext Context => context;

    public SeededRandom Random => random;

    public ExtractRows Rows => rows;

    public TruthTally Tally => tally;

    /// <summary>
    /// The shard's own stream for planted effects that remove records (<see cref="Truth.PlantedValues.PlannedCareByEthnicGroup"/>):
    /// drawn only for the people affected, so <see cref="Random"/> and everyone else's records stay as they were without the plant.
    /// </summary>
    public SeededRandom Planting => planting;

    /// <summary>
    /// Whether one of a person's planned-care records (an RTT pathway or a day case) happens: always, unless their ethnic group has a
    /// planted planned-care factor below 1, when it is kept with that probability.
    /// </summary>
    public bool PlannedCareHappens(Population.Person person) =>
        Planted.PlannedCareByEthnicGroup.GetValueOrDefault(person.EthnicGroup, 1.0) is var factor && (factor >= 1 || Planting.Chance(factor));

    public PlantedValues Planted => context.Planted;

    public CodeLists Codes => context.Codes;

    public DateOnly From => context.From;

    public DateOnly To => context.To;

    /// <summary>Start of the 12 months to the reference date (exclusive).</summary>
    public DateOnly YearBefore => context.To.AddYears(-1);

    /// <summary>First day of the flu campaign that the reference date falls in.</summary>
    public DateOnly CampaignStart => new(context.To.Month >= 9 ? context.To.Year : context.To.Year - 1, 9, 1);
}
