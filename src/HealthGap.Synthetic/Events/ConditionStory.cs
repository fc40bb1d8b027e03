using System.Globalization;
using HealthGap.Core.Vocabulary;
using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// Long-term conditions and smoking: who has them (by age, deprivation, smoking) and their GP
/// codes. Hypertension is planted: true prevalence by age and quintile, of which a
/// quintile-dependent share is diagnosed (<c>htn_detected_vs_expected</c>); some people without it
/// carry an old code later resolved, so only the latest-code rule gives the register.
/// </summary>
internal static class ConditionStory
{
    private static readonly double[] DiabetesQuintile = [1.35, 1.15, 1.0, 0.9, 0.8];
    private static readonly double[] CopdQuintile = [1.6, 1.3, 1.0, 0.8, 0.65];
    private static readonly double[] AsthmaQuintile = [1.2, 1.1, 1.0, 0.95, 0.9];

    public static void Decide(ShardState shard, Clinical c)
    {
        var p = c.Person;
        var r = shard.Random;
        var planted = shard.Planted;
        var q = p.Quintile;
        var age = c.AgeAtReference;
        var codes = shard.Codes;

        if (age >= 15 && r.Chance(0.93))
        {
            var u = r.NextDouble();
            c.Smoking = u < planted.CurrentSmoker[q - 1] ? 2 : u < planted.CurrentSmoker[q - 1] + 0.25 ? 1 : 0;
        }

        var htnPrevalence = planted.HypertensionPrevalence(age, q);
        c.TrueHypertension = r.Chance(htnPrevalence);
        var detected = c.TrueHypertension && r.Chance(planted.HypertensionDetected[q - 1]);
        if (detected)
        {
            var date = Diagnosis(c, r, 18);
            shard.Rows.Gp(date, codes.Hypertension.Pick(r), GpKind.Condition);
            c.HypertensionRegister = true;
        }
        else if (!c.TrueHypertension && age >= 30 && r.Chance(0.005))
        {
            var date = Diagnosis(c, r, 25);
            shard.Rows.Gp(date, codes.Hypertension.Pick(r), GpKind.Condition);
            shard.Rows.Gp(r.Date(date.AddDays(30), date.AddDays(400)) is var resolved && resolved <= shard.To ? resolved : shard.To, codes.HypertensionResolved.Usual, GpKind.Condition);
        }

        if (c.AtReference && age >= 18)
        {
            var group = q.ToString(CultureInfo.InvariantCulture);
            shard.Tally.Add("htn_detected_vs_expected", BreakdownNames.ImdQuintile, group, htnPrevalence * planted.HypertensionDetected[q - 1], htnPrevalence);
        }

        var diabetes = age < 18 ? 0.0025 : (age < 40 ? 0.015 : age < 60 ? 0.06 : age < 80 ? 0.13 : 0.15) * DiabetesQuintile[q - 1];
        c.Diabetes = r.Chance(diabetes);
        if (c.Diabetes)
        {
            shard.Rows.Gp(Diagnosis(c, r, 1), age < 25 ? "46635009" : codes.Diabetes.Pick(r), GpKind.Condition);
        }

        var smokingFactor = c.Smoking switch { 2 => 2.5, 1 => 2.0, _ => 0.4 };
        c.Copd = age >= 40 && r.Chance((age < 60 ? 0.015 : age < 80 ? 0.05 : 0.07) * smokingFactor * CopdQuintile[q - 1]);
        if (c.Copd)
        {
            shard.Rows.Gp(Diagnosis(c, r, 40), codes.Copd.Pick(r), GpKind.Condition);
        }

        c.Asthma = age >= 3 && r.Chance((age < 18 ? 0.09 : 0.06) * AsthmaQuintile[q - 1]);
        if (c.Asthma)
        {
            shard.Rows.Gp(Diagnosis(c, r, 3), codes.Asthma.Pick(r), GpKind.Condition);
        }

        c.Epilepsy = r.Chance(c.Has(PlusCharacteristics.LearningDisability) ? 0.2 : 0.008);
        if (c.Epilepsy)
        {
            shard.Rows.Gp(Diagnosis(c, r, 1), codes.Epilepsy.Pick(r), GpKind.Condition);
        }

        if (c.Has(PlusCharacteristics.SevereMentalIllness))
        {
            var date = Diagnosis(c, r, 16);
            shard.Rows.Gp(date, codes.SevereMentalIllness.Pick(r), GpKind.Condition);
            var remission = r.Chance(0.05);
            if (remission)
            {
                shard.Rows.Gp(r.Date(date.AddDays(1), shard.To.AddDays(-1)), codes.SmiRemission.Pick(r), GpKind.Condition);
            }

            c.SmiRegister = !remission && c.AtReference && age >= 18;
        }
    }

    /// <summary>Smoking-status records (never/ex/current), kept out of the SMI check window for SMI register members.</summary>
    public static void RecordSmoking(ShardState shard, Clinical c)
    {
        if (c.Smoking < 0)
        {
            return;
        }

        var r = shard.Random;
        var code = c.Smoking switch
        {
            2 => shard.Codes.CurrentSmoker.Pick(r),
            1 => shard.Codes.ExSmoker.Pick(r),
            _ => shard.Codes.NeverSmoked,
        };
        var end = c.RoutineObservationEnd(shard.YearBefore);
        var date = c.DayPresent(r, end) ?? c.HistoryDay(r, 15);
        shard.Rows.Gp(date, code, GpKind.Observation);
        if (c.AtReference && c.AgeAtReference >= 15)
        {
            shard.Tally.Add("smoking_prevalence_gp", BreakdownNames.ImdQuintile, c.Person.Quintile.ToString(CultureInfo.InvariantCulture),
                shard.Planted.CurrentSmoker[c.Person.Quintile - 1], 1);
        }
    }

    /// <summary>Diagnosis date: mostly before the period (prevalent), some during it; never before the minimum age.</summary>
    private static DateOnly Diagnosis(Clinical c, SeededRandom r, int minimumAge)
    {
        var latest = c.High.AddDays(-30);
        var earliest = c.Person.DateOfBirth.AddYears(minimumAge);
        if (earliest < c.Low.AddYears(-15))
        {
            earliest = c.Low.AddYears(-15);
        }

        return latest <= earliest ? (earliest < c.High ? earliest : c.High) : r.Date(earliest, latest);
    }
}
