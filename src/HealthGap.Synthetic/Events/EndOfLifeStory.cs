namespace HealthGap.Synthetic.Events;

/// <summary>
/// The registered death of a person who died in the period: the underlying cause follows their
/// cancer or conditions, else the usual mix for their age. The date comes from the life course,
/// which alone sets the planted life expectancy.
/// </summary>
internal static class EndOfLifeStory
{
    private static readonly string[] Young = ["X42", "V892", "X70", "C349", "I219", "K703"];
    private static readonly string[] Older = ["I251", "I219", "C349", "C189", "I64", "J449", "K703", "C509"];
    private static readonly string[] Oldest = ["F03", "G309", "I251", "I64", "J189", "C349", "I500", "R54"];

    public static void Record(ShardState shard, Clinical c)
    {
        if (c.Person.DateOfDeath is not { } date)
        {
            return;
        }

        var r = shard.Random;
        var age = c.Person.AgeOn(date);
        string cause;
        if (c.CancerSite is { } site && r.Chance(0.7))
        {
            cause = site;
        }
        else if (c.Copd && r.Chance(0.35))
        {
            cause = "J449";
        }
        else if (age < 1)
        {
            cause = r.Chance(0.5) ? "P072" : "Q249";
        }
        else if (age < 45)
        {
            cause = r.Choose(Young);
        }
        else
        {
            cause = r.Choose(age >= 80 ? Oldest : Older);
        }

        shard.Rows.Death(date, cause);
    }
}
