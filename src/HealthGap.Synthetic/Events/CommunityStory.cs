using HealthGap.Core.Vocabulary;
using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// Care outside the NHS hospital and GP record: adult social care, council services (usually
/// without an NHS number), social-prescribing and VCSE referrals, mental-health service contacts,
/// and the national data opt-out. Plants <c>cyp_mh_access</c> (children 0–17 in contact with CYP
/// mental health services in the last 12 months) lower in some ethnic groups.
/// </summary>
internal static class CommunityStory
{
    internal const double CouncilNhsNumberShare = 0.1;
    private const double OptOutShare = 0.035;
    private static readonly double[] SocialCareQuintile = [1.3, 1.15, 1.0, 0.9, 0.8];
    private static readonly double[] CouncilTaxSupport = [0.22, 0.14, 0.08, 0.05, 0.03];
    private static readonly double[] ReferralQuintile = [1.4, 1.2, 1.0, 0.85, 0.7];
    private static readonly string[] ReferredBy = ["gp", "social_care", "school", "vcse", "self", "hospital"];
    private static readonly double[] ReferredByWeights = [0.5, 0.1, 0.05, 0.15, 0.12, 0.08];
    private static readonly string[] ReferredTo = ["social_prescribing_link_worker", "welfare_advice", "befriending", "physical_activity", "mental_wellbeing", "housing", "food_support"];
    private static readonly string[] HomeServices = ["home_care", "reablement", "direct_payment", "day_care", "home_care"];
    private static readonly string[] Statuses = ["received", "accepted", "declined", "completed"];

    public static void Record(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var p = c.Person;
        var age = c.AgeAtReference;
        var q = p.Quintile - 1;
        var care = (age >= 80 ? 0.18 : age >= 65 ? 0.05 : 0) + (c.Has(PlusCharacteristics.LearningDisability) && age >= 18 ? 0.35 : 0);
        if (r.Chance(care * SocialCareQuintile[q]) && c.DayPresent(r) is { } careStart)
        {
            var service = c.Has(PlusCharacteristics.CareHome) ? (r.Chance(0.6) ? "residential" : "nursing")
                : r.Choose(HomeServices);
            shard.Rows.SocialCare(service, careStart, Ended(r, careStart, c.High));
        }

        Council(shard, c, PlusFlag.AssistedBinCollection.Derivation.CouncilService!, age >= 65 ? (c.Has(PlusCharacteristics.Housebound) || c.Has(PlusCharacteristics.LivesAlone) ? 0.4 : 0.03) : 0);
        Council(shard, c, "housing_support", c.Has(PlusCharacteristics.Homeless) ? 0.6 : age >= 18 && q == 0 ? 0.01 : 0);
        Council(shard, c, "blue_badge", c.Has(PlusCharacteristics.Housebound) ? 0.5 : age >= 75 ? 0.1 : 0);
        Council(shard, c, PlusFlag.LookedAfterChild.Derivation.CouncilService!, c.Has(PlusCharacteristics.LookedAfterChild) ? 1 : 0);
        Council(shard, c, "council_tax_support", age >= 18 ? CouncilTaxSupport[q] : 0);

        var referralRate = age >= 18 ? 0.012 * ReferralQuintile[q] * (age >= 65 && c.Has(PlusCharacteristics.LivesAlone) ? 2 : 1) : 0.003;
        for (var n = r.Poisson(referralRate * c.Exposure); n > 0; n--)
        {
            if (c.DayPresent(r) is { } day)
            {
                var by = ReferredBy[r.Pick(ReferredByWeights)];
                var anonymous = by is "vcse" or "self" && r.Chance(0.5);
                shard.Rows.Referral(!anonymous, day, by, r.Choose(ReferredTo), r.Choose(Statuses), r.Chance(0.9));
            }
        }

        MentalHealth(shard, c);
        if (r.Chance(OptOutShare))
        {
            shard.Rows.OptOut();
        }
    }

    private static void MentalHealth(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var p = c.Person;
        var access = shard.Planted.CypMentalHealthAccess[p.EthnicGroup];
        var yearStart = shard.YearBefore.AddDays(1);
        for (var year = yearStart.AddYears(-3); year < shard.To; year = year.AddYears(1))
        {
            var yearEnd = year.AddYears(1).AddDays(-1);
            var lo = year > c.Low ? year : c.Low;
            var hi = yearEnd < c.High ? yearEnd : c.High;
            var eighteenth = p.DateOfBirth.AddYears(18).AddDays(-1);
            hi = hi < eighteenth ? hi : eighteenth;
            if (hi < lo)
            {
                continue;
            }

            var share = (hi.DayNumber - lo.DayNumber + 1) / 365.25;
            if (r.Chance(access * share))
            {
                for (var k = 1 + r.Poisson(4); k > 0; k--)
                {
                    shard.Rows.MentalHealth(r.Date(lo, hi), "cypmhs");
                }
            }

            if (year == yearStart && c.AtReference && c.AgeAtReference < 18)
            {
                shard.Tally.Add("cyp_mh_access", BreakdownNames.EthnicGroup, p.EthnicGroup, access * share, 1);
            }
        }

        if (c.AgeAtReference >= 18)
        {
            var rate = (c.SmiRegister ? 4.0 : 0) + 0.08;
            for (var n = r.Poisson(rate * c.Exposure); n > 0; n--)
            {
                if (c.DayPresent(r) is { } day)
                {
                    shard.Rows.MentalHealth(day, c.SmiRegister ? (r.Chance(0.1) ? "crisis" : "adult_community") : r.Chance(0.85) ? "iapt" : "crisis");
                }
            }
        }
    }

    private static void Council(ShardState shard, Clinical c, string service, double probability)
    {
        var r = shard.Random;
        if (probability > 0 && r.Chance(probability) && c.DayPresent(r) is { } start)
        {
            shard.Rows.Council(r.Chance(CouncilNhsNumberShare), service, start, Ended(r, start, c.High));
        }
    }

    private static DateOnly? Ended(SeededRandom r, DateOnly start, DateOnly high)
    {
        var end = start.AddDays((int)r.Exponential(500));
        return end <= high && r.Chance(0.5) ? end : null;
    }
}
