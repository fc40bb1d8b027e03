using HealthGap.Core.Vocabulary;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// Plants every PLUS flag of Core's vocabulary that no hand-written story plants, so a flag added to the
/// vocabulary reaches the synthetic extracts with no change here: about one person in
/// <see cref="PlusFlag.OneIn"/> gets the flag's first GP code, or a current record of its council service.
/// Flat rates, no planted inequality: give a flag a story of its own (<see cref="PlusStory"/>) for that.
/// </summary>
internal static class OtherPlusFlagsStory
{
    /// <summary>The vocabulary's flags the stories plant themselves (<see cref="PlusStory"/>, <see cref="CommunityStory"/>).</summary>
    public static IReadOnlySet<PlusFlag> PlantedByStories { get; } = new HashSet<PlusFlag>
    {
        PlusFlag.LearningDisability, PlusFlag.Autism, PlusFlag.SevereMentalIllness, PlusFlag.Homeless, PlusFlag.Carer,
        PlusFlag.InterpreterNeeded, PlusFlag.EnglishNotMainLanguage, PlusFlag.Housebound, PlusFlag.CareHome,
        PlusFlag.LivesAlone, PlusFlag.AssistedBinCollection, PlusFlag.LookedAfterChild,
    };

    /// <summary>The flags this story plants, in vocabulary order (none while every flag has a story).</summary>
    public static IReadOnlyList<PlusFlag> Flags { get; } = [.. PlusFlag.All.Where(f => !PlantedByStories.Contains(f))];

    public static void Record(ShardState shard, Clinical c)
    {
        foreach (var flag in Flags)
        {
            if (shard.Random.Chance(1.0 / flag.OneIn))
            {
                Plant(shard, c, flag);
            }
        }
    }

    /// <summary>Records <paramref name="flag"/> for the person: their GP codes it, or the council serves them now.</summary>
    internal static void Plant(ShardState shard, Clinical c, PlusFlag flag)
    {
        var r = shard.Random;
        if (flag.Derivation.CouncilService is { } service)
        {
            if (c.DayPresent(r) is { } start)
            {
                shard.Rows.Council(r.Chance(CommunityStory.CouncilNhsNumberShare), service, start, null);
            }
        }
        else
        {
            shard.Rows.Gp(c.HistoryDay(r), shard.Codes.FlagCode(flag), GpKind.Observation);
        }
    }
}
