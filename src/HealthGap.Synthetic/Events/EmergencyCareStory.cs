using System.Globalization;
using HealthGap.Core.Vocabulary;
using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// A&amp;E attendances (more in deprived areas, the very young and the old), the emergency
/// admissions that follow, and GP-referred emergency admissions. Plants frequent attendance
/// (<c>frequent_ae_attenders</c>: adults with 6+ attendances in the 12 months to the reference
/// date, concentrated in deprived quintiles) and counts the expected attendances for the
/// cancers-via-A&amp;E ratio.
/// </summary>
internal static class EmergencyCareStory
{
    public const int FrequentThreshold = 6;

    /// <summary>
    /// Mean attendances a frequent attender has beyond the threshold. The extra count is geometric
    /// (a Poisson whose mean is itself exponential: a negative binomial with shape 1), so the tail
    /// thins the way it does in ECDS: about a fifth of people with 6+ attendances have 10+, and a
    /// few have 20+ (the NHS England high-intensity-use level).
    /// </summary>
    public const double FrequentExtraMean = 2.2;
    private static readonly string[] Departments = ["01", "03", "02", "04"];
    private static readonly double[] DepartmentWeights = [0.70, 0.25, 0.03, 0.02];
    private static readonly string[] Discharges = ["discharged", "referred", "left"];
    private static readonly double[] DischargeWeights = [0.8, 0.13, 0.07];

    /// <summary>Frequent attenders are adults registered the whole of the last 12 months.</summary>
    public static void Decide(ShardState shard, Clinical c)
    {
        c.FrequentAttender = Eligible(shard, c) && shard.Random.Chance(shard.Planted.FrequentAttender[c.Person.Quintile - 1]);
    }

    private static bool Eligible(ShardState shard, Clinical c) =>
        c.AtReference && c.Person.Start <= shard.YearBefore && c.Person.AgeOn(shard.YearBefore) >= 18 && !c.Has(PlusCharacteristics.CareHome);

    public static void Record(ShardState shard, Clinical c, EmergencyAdmissions admissions)
    {
        var r = shard.Random;
        var p = c.Person;
        var expected = 0.0;
        var expectedInLastYear = 0.0;
        for (var block = c.Low; block <= c.High; block = block.AddDays(91))
        {
            var end = block.AddDays(90) < c.High ? block.AddDays(90) : c.High;
            var years = (end.DayNumber - block.DayNumber + 1) / 365.25;
            var inLastYear = block > shard.YearBefore;
            var baseRate = Rates.AeAttendances(p.AgeOn(block), p.Quintile);
            expectedInLastYear += inLastYear ? baseRate * years : 0;
            if (c.FrequentAttender && inLastYear)
            {
                continue;
            }

            var rate = baseRate * (c.FrequentAttender ? 4 : 1);
            expected += rate * years;
            for (var n = r.Poisson(rate * years); n > 0; n--)
            {
                Attend(shard, c, r.Date(block, end), admissions);
            }
        }

        if (c.FrequentAttender)
        {
            var count = FrequentThreshold + r.Poisson(r.Exponential(FrequentExtraMean));
            expected += FrequentThreshold + FrequentExtraMean;
            for (var n = 0; n < count; n++)
            {
                Attend(shard, c, r.Date(shard.YearBefore.AddDays(1), shard.To), admissions);
            }
        }

        expected += ChildhoodEmergencies.Record(shard, c, admissions);
        shard.Tally.Add("cancer_via_ae_per_10000_ae", BreakdownNames.Core20, p.HomeLsoa.Core20 ? "true" : "false", 0, expected);
        if (c.AtReference && c.AgeAtReference >= 18)
        {
            // Expected, not realised: the planted chance of being a frequent attender, else the Poisson tail.
            var planted = Eligible(shard, c) ? shard.Planted.FrequentAttender[p.Quintile - 1] : 0;
            var probability = planted + ((1 - planted) * Rates.PoissonAtLeast(FrequentThreshold, expectedInLastYear));
            shard.Tally.Add("frequent_ae_attenders", BreakdownNames.ImdQuintile, p.Quintile.ToString(CultureInfo.InvariantCulture), probability, 1);
        }

        for (var n = r.Poisson(Rates.DirectEmergencyAdmissions(c.AgeAtReference) * c.Exposure); n > 0; n--)
        {
            if (c.DayPresent(r) is { } day)
            {
                admissions.Admit(shard, c, day, "22", null);
            }
        }
    }

    /// <summary>One attendance; admitted ones become an emergency admission (method 21) the same day.</summary>
    public static void Attend(ShardState shard, Clinical c, DateOnly date, EmergencyAdmissions admissions, string? diagnosis = null)
    {
        var r = shard.Random;
        var admitted = diagnosis is not null || r.Chance(Rates.AdmittedFromAe(c.Person.AgeOn(date)));
        var department = diagnosis is not null || admitted ? "01" : Departments[r.Pick(DepartmentWeights)];
        var discharge = admitted ? "admitted" : Discharges[r.Pick(DischargeWeights)];
        shard.Rows.Ae(date, department, discharge);
        if (admitted)
        {
            admissions.Admit(shard, c, date, "21", diagnosis);
        }
    }
}
