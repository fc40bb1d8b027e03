using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// PLUS characteristics at plausible English rates, steeper in deprived areas where the evidence
/// says so (SMI, homelessness, learning disability, looked-after children, living alone), and the
/// GP codes that record them. Interpreter need follows the recorded ethnic category.
/// </summary>
internal static class PlusStory
{
    private static readonly double[] LdQuintile = [1.3, 1.15, 1.0, 0.9, 0.8];
    private static readonly double[] SmiQuintile = [1.6, 1.25, 1.0, 0.8, 0.65];
    private static readonly double[] Homeless = [0.006, 0.003, 0.0015, 0.0008, 0.0005];
    private static readonly double[] Housebound = [1.3, 1.15, 1.0, 0.9, 0.8];
    private static readonly double[] LivesAlone = [1.2, 1.1, 1.0, 0.92, 0.85];
    private static readonly double[] LookedAfter = [0.012, 0.007, 0.004, 0.0025, 0.0015];

    public static void Decide(ShardState shard, Clinical c)
    {
        var p = c.Person;
        var r = shard.Random;
        var q = p.Quintile - 1;
        var age = c.AgeAtReference;
        var flags = PlusCharacteristics.None;
        Set(ref flags, PlusCharacteristics.LearningDisability, r.Chance(0.0045 * LdQuintile[q]));
        Set(ref flags, PlusCharacteristics.Autism, r.Chance(age < 25 ? 0.012 : 0.004));
        Set(ref flags, PlusCharacteristics.SevereMentalIllness, age >= 16 && r.Chance(0.009 * SmiQuintile[q] * (p.EthnicGroup == "Black" ? 2.0 : 1.0)));
        Set(ref flags, PlusCharacteristics.Homeless, age is >= 18 and < 65 && r.Chance(Homeless[q]));
        Set(ref flags, PlusCharacteristics.Carer, age >= 16 && r.Chance(0.045));
        var interpreter = r.Chance(InterpreterRate(p.EthnicCategory));
        Set(ref flags, PlusCharacteristics.InterpreterNeeded, interpreter);
        Set(ref flags, PlusCharacteristics.EnglishNotMainLanguage, interpreter || r.Chance(InterpreterRate(p.EthnicCategory)));
        Set(ref flags, PlusCharacteristics.Housebound, age >= 75 && r.Chance(0.07 * Housebound[q]));
        Set(ref flags, PlusCharacteristics.CareHome, r.Chance(age >= 85 ? 0.12 : age >= 75 ? 0.03 : 0));
        Set(ref flags, PlusCharacteristics.LivesAlone, age >= 65 && (flags & PlusCharacteristics.CareHome) == 0 && r.Chance(0.30 * LivesAlone[q]));
        Set(ref flags, PlusCharacteristics.LookedAfterChild, age < 18 && r.Chance(LookedAfter[q]));
        p.Plus = flags;
    }

    public static void Record(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var codes = shard.Codes;
        if (c.Has(PlusCharacteristics.LearningDisability))
        {
            shard.Rows.Gp(c.HistoryDay(r, 2), codes.LearningDisability.Pick(r), GpKind.Condition);
        }

        if (c.Has(PlusCharacteristics.Autism))
        {
            shard.Rows.Gp(c.HistoryDay(r, 2), codes.Autism.Pick(r), GpKind.Condition);
        }

        Finding(shard, c, PlusCharacteristics.Homeless, codes.Homeless, 18);
        Finding(shard, c, PlusCharacteristics.Carer, codes.Carer, 16);
        Finding(shard, c, PlusCharacteristics.InterpreterNeeded, codes.Interpreter, 0);
        Finding(shard, c, PlusCharacteristics.EnglishNotMainLanguage, codes.EnglishNotMain, 0);
        Finding(shard, c, PlusCharacteristics.Housebound, codes.Housebound, 70);
        Finding(shard, c, PlusCharacteristics.CareHome, codes.CareHome, 70);
        if (c.Has(PlusCharacteristics.LivesAlone))
        {
            shard.Rows.Gp(c.HistoryDay(r, 60), codes.LivesAlone, GpKind.Observation);
        }
    }

    private static void Finding(ShardState shard, Clinical c, PlusCharacteristics flag, CodeList list, int minimumAge)
    {
        if (c.Has(flag))
        {
            shard.Rows.Gp(c.HistoryDay(shard.Random, minimumAge), list.Pick(shard.Random), GpKind.Observation);
        }
    }

    private static double InterpreterRate(string category) => category switch
    {
        "A" or "B" => 0.0005,
        "C" => 0.12,
        "D" or "E" or "F" or "G" or "M" => 0.01,
        "H" => 0.10,
        "J" => 0.15,
        "K" => 0.25,
        "L" => 0.12,
        "N" => 0.12,
        "P" => 0.05,
        "R" => 0.25,
        "S" => 0.20,
        _ => 0.01,
    };

    private static void Set(ref PlusCharacteristics flags, PlusCharacteristics flag, bool on)
    {
        if (on)
        {
            flags |= flag;
        }
    }
}
