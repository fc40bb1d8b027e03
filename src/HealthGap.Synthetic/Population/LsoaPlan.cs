using HealthGap.Core.Reference;

namespace HealthGap.Synthetic.Population;

/// <summary>
/// How many people each LSOA shard makes (residents at the start, births, people moving in) and
/// where its block of person indices starts. Drawn serially up front from per-LSOA random streams,
/// so every shard knows its NHS numbers before any shard runs.
/// </summary>
internal sealed record LsoaPlan(Lsoa Lsoa, int ShardIndex, int Residents, int Births, int Arrivals, long FirstIndex)
{
    /// <summary>Crude birth rate per person-year.</summary>
    public const double BirthRate = 0.0105;

    /// <summary>People moving into the ICB per resident-year (as many leave).</summary>
    public const double ArrivalRate = 0.025;

    public int People => Residents + Births + Arrivals;

    public static IReadOnlyList<LsoaPlan> Create(IReadOnlyList<Lsoa> lsoas, double scale, long seed, double years)
    {
        var plans = new LsoaPlan[lsoas.Count];
        var next = 0L;
        for (var i = 0; i < lsoas.Count; i++)
        {
            var random = new SeededRandom(seed, i, 2);
            var expected = lsoas[i].Population.Total * scale;
            var residents = (int)Math.Floor(expected) + (random.Chance(expected - Math.Floor(expected)) ? 1 : 0);
            var births = random.Poisson(residents * BirthRate * years);
            var arrivals = random.Poisson(residents * ArrivalRate * years);
            plans[i] = new LsoaPlan(lsoas[i], i, residents, births, arrivals, next);
            next += plans[i].People;
        }

        return plans;
    }
}
