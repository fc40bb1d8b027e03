namespace HealthGap.Synthetic.Events;

/// <summary>
/// Hospital activity outside referral-to-treatment pathways, which is most of it: outpatient
/// follow-ups of long-term care (diabetes, respiratory, cancer, general medicine clinics) and planned
/// elective day cases (surveillance endoscopy, repeat procedures). Without them the synthetic ICS had
/// about a seventh of England's outpatient attendances and a third of its elective admissions
/// (HES 2023-24: about 1.8 attended outpatient appointments and 0.16 elective admissions per person
/// a year). Rates rise with age and with long-term conditions; day cases are rarer in the ethnic groups of
/// <see cref="Truth.PlantedValues.PlannedCareByEthnicGroup"/> (as referrals are), and no other inequality is planted here.
/// </summary>
internal static class PlannedCareStory
{
    private static readonly (string Function, string Diagnosis, string Procedure)[] DayCases =
    [
        ("301", "K219", "G451"), ("301", "K573", "H221"), ("101", "N329", "M459"), ("130", "H259", "C751"), ("330", "L57", "S061"),
    ];

    public static void Record(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var age = c.AgeAtReference;
        var conditions = (c.Diabetes ? 1 : 0) + (c.Copd ? 1 : 0) + (c.Epilepsy ? 1 : 0) + (c.HypertensionRegister ? 1 : 0) + (c.CancerDate is null ? 0 : 2);
        var followUps = OutpatientFollowUps(age) + (0.9 * conditions);
        for (var n = r.Poisson(followUps * c.Exposure); n > 0; n--)
        {
            if (c.DayPresent(r) is { } day)
            {
                shard.Rows.Outpatient(day, Clinic(r, c, age), false, r.Chance(0.07) ? "dna" : r.Chance(0.04) ? "cancelled" : "attended");
            }
        }

        for (var n = r.Poisson(DayCaseRate(age) * c.Exposure); n > 0; n--)
        {
            if (c.DayPresent(r) is { } day)
            {
                var (function, diagnosis, procedure) = DayCases[r.Next(DayCases.Length)];
                if (shard.PlannedCareHappens(c.Person))
                {
                    shard.Rows.Admission(day, day, "11", diagnosis, procedure, function);
                }
            }
        }
    }

    /// <summary>Outpatient follow-ups outside RTT per person-year, before long-term conditions.</summary>
    private static double OutpatientFollowUps(int age) => age < 18 ? 0.7 : age < 45 ? 0.9 : age < 65 ? 1.3 : age < 80 ? 2.0 : 2.2;

    /// <summary>Planned elective day cases outside RTT per person-year.</summary>
    private static double DayCaseRate(int age) => age < 18 ? 0.015 : age < 45 ? 0.04 : age < 65 ? 0.1 : age < 80 ? 0.2 : 0.18;

    private static string Clinic(Population.SeededRandom r, Clinical c, int age) =>
        age < 16 ? "420"
        : c.CancerDate is not null && r.Chance(0.4) ? "800"
        : c.Diabetes && r.Chance(0.3) ? "307"
        : c.Copd && r.Chance(0.3) ? "340"
        : r.Chance(0.5) ? "300" : Specialty.All[r.Next(Specialty.All.Count)].Code;
}
