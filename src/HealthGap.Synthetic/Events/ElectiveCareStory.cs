using HealthGap.Core.Vocabulary;
using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// Referral-to-treatment pathways with their outpatient appointments and elective admissions, and
/// hospital tooth extractions for decay in under-10s. Plants the waiting-list gaps: people needing
/// an interpreter and people with a learning disability wait a fixed number of extra weeks
/// <i>within</i> every specialty, and half of learning-disability referrals go to trauma and
/// orthopaedics (the slowest), so their crude gap is larger than the specialty-adjusted one. Plants
/// fewer referrals in one ethnic group at every level of deprivation (<see cref="Truth.PlantedValues.PlannedCareByEthnicGroup"/>).
/// </summary>
internal static class ElectiveCareStory
{
    /// <summary>No pathway waits longer than this, so every pathway referred 104+ weeks before the extract has stopped.</summary>
    public const double MaximumWeeks = 100;

    private static readonly string[] Priorities = ["routine", "urgent", "two_week_wait"];
    private static readonly double[] PriorityWeights = [0.8, 0.15, 0.05];

    public static void Record(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var p = c.Person;
        var ld = c.Has(PlusCharacteristics.LearningDisability);
        var rate = Rates.Referrals(c.AgeAtReference) * (ld ? 1.5 : 1.0);
        for (var n = r.Poisson(rate * c.Exposure); n > 0; n--)
        {
            if (c.DayPresent(r) is { } referral)
            {
                Pathway(shard, c, referral, ld, shard.PlannedCareHappens(p));
            }
        }

        ToothExtractions(shard, c);
    }

    // A pathway that does not happen (the planted ethnic effect) makes every draw one that happens would, so the shard's
    // stream, and everyone else's records, stay the same; it writes no rows and adds nothing to the truth.
    private static void Pathway(ShardState shard, Clinical c, DateOnly referral, bool ld, bool happens)
    {
        var r = shard.Random;
        var planted = shard.Planted;
        var specialty = ld && r.Chance(planted.LearningDisabilityOrthopaedicShare) ? Specialty.All[0] : ChooseSpecialty(r, c.Person.Sex);
        var priority = Priorities[r.Pick(PriorityWeights)];
        var extra = (c.Has(PlusCharacteristics.InterpreterNeeded) ? planted.InterpreterExtraWeeks : 0) + (ld ? planted.LearningDisabilityExtraWeeks : 0);
        var mean = specialty.MeanWeeks * Specialty.PriorityFactor(priority);
        double weeks;
        do
        {
            weeks = extra + r.Erlang(4, mean);
        }
        while (weeks > MaximumWeeks);

        var stop = referral.AddDays((int)Math.Round(weeks * 7));
        var admitted = r.Chance(specialty.AdmittedShare);
        if (happens)
        {
            shard.Rows.Pathway(referral, specialty.Code, priority, admitted ? "IRTT" : "ORTT", stop <= shard.To ? stop : null);
        }

        var firstSeen = admitted ? referral.AddDays((int)(weeks * 7 * 0.4)) : stop;
        if (firstSeen <= shard.To)
        {
            if (r.Chance(0.07))
            {
                var dna = firstSeen.AddDays(-r.Between(14, 42));
                if (happens)
                {
                    shard.Rows.Outpatient(dna, specialty.Code, true, "dna");
                }
            }

            if (happens)
            {
                shard.Rows.Outpatient(firstSeen, specialty.Code, true, "attended");
            }
        }

        if (admitted && stop <= shard.To)
        {
            var discharged = stop.AddDays(r.Chance(0.6) ? 0 : r.Between(1, 4));
            if (happens)
            {
                shard.Rows.Admission(stop, discharged, "11", specialty.Diagnosis, specialty.Procedure, specialty.Code);
            }
        }

        for (var k = r.Poisson(1.2); k > 0; k--)
        {
            var followUp = stop.AddDays(r.Between(28, 300));
            if (followUp <= shard.To)
            {
                var status = r.Chance(0.06) ? "dna" : r.Chance(0.05) ? "cancelled" : "attended";
                if (happens)
                {
                    shard.Rows.Outpatient(followUp, specialty.Code, false, status);
                }
            }
        }

        // The truth counts pathways referred early enough that all have stopped by the extract date.
        if (happens && referral.DayNumber <= shard.To.DayNumber - (int)(MaximumWeeks * 7) - 28)
        {
            var expected = extra + TruncatedErlangMean(mean, MaximumWeeks - extra);
            Tally(shard, PlusFlag.InterpreterNeeded.Name, c.Has(PlusCharacteristics.InterpreterNeeded), specialty.Code, expected);
            Tally(shard, PlusFlag.LearningDisability.Name, ld, specialty.Code, expected);
        }
    }

    /// <summary>
    /// Mean of an Erlang-4 wait with this mean, given it is at most <paramref name="limit"/> weeks
    /// (waits are redrawn above the maximum): E[T | T ≤ c] = mean · F₅(c) / F₄(c), where Fₖ is the
    /// Erlang-k CDF, P(Poisson(λc) ≥ k) with λ = 4 / mean.
    /// </summary>
    public static double TruncatedErlangMean(double mean, double limit)
    {
        var x = 4 * limit / mean;
        return mean * Rates.PoissonAtLeast(5, x) / Rates.PoissonAtLeast(4, x);
    }

    private static void Tally(ShardState shard, string breakdown, bool member, string specialty, double expectedWeeks)
    {
        var group = member ? "true" : "false";
        shard.Tally.Add("rtt_completed_wait_weeks", breakdown, group, expectedWeeks, 1);
        shard.Tally.Add("rtt_completed_wait_weeks", breakdown + "@" + specialty, group, expectedWeeks, 1);
    }

    private static Specialty ChooseSpecialty(SeededRandom r, char sex)
    {
        Span<double> weights = stackalloc double[Specialty.All.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            var s = Specialty.All[i];
            weights[i] = s.Code == "502" && sex != 'F' ? 0 : s.Code == "101" && sex == 'M' ? s.Weight * 1.6 : s.Weight;
        }

        return Specialty.All[r.Pick(weights)];
    }

    private static void ToothExtractions(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var p = c.Person;
        var rate = shard.Planted.ToothExtraction[p.Quintile - 1];
        var quintile = p.Quintile.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (c.AtReference && c.AgeAtReference < 10)
        {
            shard.Tally.Add("cyp_tooth_extraction_ga", BreakdownNames.ImdQuintile, quintile, 0, 1);
        }

        // Extractions happen from age 2 to the tenth birthday while registered.
        var start = c.Low > p.DateOfBirth.AddYears(2) ? c.Low : p.DateOfBirth.AddYears(2);
        var tenth = p.DateOfBirth.AddYears(10).AddDays(-1);
        var end = tenth < c.High ? tenth : c.High;
        if (end < start)
        {
            return;
        }

        var windowStart = start > shard.YearBefore ? start : shard.YearBefore.AddDays(1);
        if (end >= windowStart)
        {
            shard.Tally.Add("cyp_tooth_extraction_ga", BreakdownNames.ImdQuintile, quintile, rate * (end.DayNumber - windowStart.DayNumber + 1) / 365.25, 0);
        }

        var years = (end.DayNumber - start.DayNumber + 1) / 365.25;
        for (var n = r.Poisson(rate * years); n > 0; n--)
        {
            var day = r.Date(start, end);
            shard.Rows.Admission(day, day, "11", r.Chance(0.7) ? "K021" : "K029", r.Chance(0.8) ? "F104" : "F103", "142");
        }
    }
}
