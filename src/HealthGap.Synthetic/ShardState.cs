using HealthGap.Synthetic.Events;
using HealthGap.Synthetic.Extracts;
using HealthGap.Synthetic.Population;
using HealthGap.Synthetic.Truth;

namespace HealthGap.Synthetic;

/// <summary>What one LSOA shard works with: the shared context, its own random stream, its rows and its truth tally.</summary>
internal sealed class ShardState(SynthContext context, SeededRandom random, ExtractRows rows, TruthTally tally)
{
    public SynthContext Context => context;

    public SeededRandom Random => random;

    public ExtractRows Rows => rows;

    public TruthTally Tally => tally;

    public PlantedValues Planted => context.Planted;

    public CodeLists Codes => context.Codes;

    public DateOnly From => context.From;

    public DateOnly To => context.To;

    /// <summary>Start of the 12 months to the reference date (exclusive).</summary>
    public DateOnly YearBefore => context.To.AddYears(-1);

    /// <summary>First day of the flu campaign that the reference date falls in.</summary>
    public DateOnly CampaignStart => new(context.To.Month >= 9 ? context.To.Year : context.To.Year - 1, 9, 1);
}
