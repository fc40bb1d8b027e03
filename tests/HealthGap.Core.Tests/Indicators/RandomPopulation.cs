using HealthGap.TestSupport.Indicators;

namespace HealthGap.Core.Tests.Indicators;

/// <summary>
/// A seeded random population with the kinds of records the library reads (registers, blood
/// pressures, vaccinations, A&amp;E, admissions, tumours, deaths), written into one or more stores;
/// <c>shardOf</c> picks the store of each person, so shards split by person are easy to build.
/// </summary>
internal static class RandomPopulation
{
    private static readonly string[] Ethnicity = ["A", "B", "C", "D", "H", "J", "K", "M", "N", "R", "S", "Z"];
    private static readonly string[] Groups = ["White", "White", "White", "Mixed", "Asian", "Asian", "Asian", "Black", "Black", "Other", "Other", "Not stated"];

    public static void Write(int people, int seed, Func<long, TestStore> shardOf)
    {
        var random = new Random(seed);
        for (long id = 1; id <= people; id++)
        {
            var store = shardOf(id);
            var e = random.Next(Ethnicity.Length + 1);
            var birth = new DateOnly(1930 + random.Next(94), 1 + random.Next(12), 1);
            DateOnly? death = random.Next(20) == 0 ? new DateOnly(2024, 4 + random.Next(9), 1 + random.Next(28)) : null;
            store.AddPerson(
                id, birth, sex: random.Next(2) == 0 ? "F" : "M", imdDecile: random.Next(12) == 0 ? null : 1 + random.Next(10),
                ethnicCategory: e < Ethnicity.Length ? Ethnicity[e] : null, ethnicGroup: e < Ethnicity.Length ? Groups[e] : null,
                practice: $"Y9000{random.Next(4)}", pcn: $"U9000{random.Next(2)}", death: death, learningDisability: random.Next(10) == 0);
            Date(random, out var d);
            if (random.Next(3) == 0)
            {
                store.AddEvent(id, d.AddYears(-3), "10725009");
                if (random.Next(5) == 0)
                {
                    store.AddEvent(id, d.AddYears(-1), "162659009");
                }
            }

            for (var i = random.Next(3); i > 0; i--)
            {
                store.AddEvent(id, Date(random, out _), "198081000000101", 110 + random.Next(60));
                store.AddEvent(id, Date(random, out _), "1091811000000102", 60 + random.Next(40));
            }

            for (var i = random.Next(4) == 0 ? random.Next(12) : 0; i > 0; i--)
            {
                store.AddEvent(id, Date(random, out _), "x", source: "ae", kind: "ae_attendance", system: "local", detail: "01");
            }

            if (random.Next(6) == 0)
            {
                store.AddEvent(id, Date(random, out _), random.Next(2) == 0 ? "I219" : "I639", source: "apc", kind: "emergency_admission", system: "icd10", detail: "21");
            }

            if (random.Next(8) == 0)
            {
                store.AddTumour(id, Date(random, out _), random.Next(3) == 0 ? "C449" : "C509", random.Next(5) == 0 ? "U" : (1 + random.Next(4)).ToString(), viaAe: random.Next(3) == 0);
            }
        }
    }

    private static DateOnly Date(Random random, out DateOnly date)
    {
        date = new DateOnly(2023, 10, 1).AddDays(random.Next(540));
        return date;
    }
}
