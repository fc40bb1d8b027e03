using System.Globalization;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// Measurements with values: blood pressure (systolic and diastolic on the same day), BMI, HbA1c,
/// cholesterol and alcohol units. Plants <c>htn_treated_to_target</c> (latest reading in the last 12
/// months at the age-appropriate threshold, by quintile) and the SMI annual health check
/// (<c>smi_health_check_all6</c>: all six elements in the last 12 months, by quintile and ethnic group).
/// </summary>
internal static class ObservationStory
{
    private const int Elements = 6;

    /// <summary>Chance of each element in an incomplete check.</summary>
    private const double ElementShare = 0.6;

    public static void Record(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var smiElements = c.SmiRegister ? SmiCheck(shard, c) : 0;
        var routineEnd = c.RoutineObservationEnd(shard.YearBefore);
        var age = c.AgeAtReference;

        if (c.HypertensionRegister)
        {
            Hypertension(shard, c, smiElements, routineEnd);
        }
        else if (c.TrueHypertension && r.Chance(0.25) && c.DayPresent(r, routineEnd) is { } raised)
        {
            BloodPressure(shard, raised, r.Between(142, 175), r.Between(82, 100));
        }

        if (age >= 40 && !c.HypertensionRegister)
        {
            for (var i = r.Poisson(c.Exposure / 3); i > 0; i--)
            {
                if (c.DayPresent(r, routineEnd) is { } day)
                {
                    BloodPressure(shard, day, r.Between(108, c.TrueHypertension ? 150 : 138), r.Between(62, 88));
                }
            }
        }

        if (age >= 18)
        {
            Repeat(shard, c, routineEnd, c.Exposure / 3, CodeLists.BodyMassIndex, () => Math.Clamp(r.Normal(28, 5), 16, 55), 1);
            Repeat(shard, c, routineEnd, c.Exposure / 5, shard.Codes.AlcoholUnits, () => Math.Max(0, Math.Round(r.Exponential(9))), 0);
        }

        if (age >= 40 || c.Diabetes)
        {
            Repeat(shard, c, routineEnd, c.Exposure / (c.Diabetes ? 1 : 4), CodeLists.Cholesterol, () => Math.Clamp(r.Normal(5.0, 1.0), 2.5, 9), 1);
        }

        if (c.Diabetes)
        {
            Repeat(shard, c, routineEnd, c.Exposure * 2, CodeLists.HbA1c, () => Math.Clamp(r.Normal(58, 12), 35, 120), 0);
        }
    }

    private static void Hypertension(ShardState shard, Clinical c, int smiElements, DateOnly routineEnd)
    {
        var r = shard.Random;
        var q = c.Person.Quintile;
        var threshold = c.AgeAtReference >= 80 ? 150 : 140;
        for (var i = r.Poisson(c.Exposure * 0.8); i > 0; i--)
        {
            if (c.DayPresent(r, c.AtReference ? shard.YearBefore.AddDays(-30) : routineEnd) is { } day)
            {
                BloodPressure(shard, day, r.Between(125, 165), r.Between(70, 98));
            }
        }

        if (!c.AtReference || c.AgeAtReference < 18)
        {
            return;
        }

        var planted = shard.Planted;
        var hasReading = c.SmiRegister ? (smiElements & 2) != 0 : r.Chance(planted.HypertensionReadingInYear);
        var atTarget = planted.HypertensionTreatedToTarget[q - 1] / planted.HypertensionReadingInYear;
        if (hasReading && !c.SmiRegister)
        {
            var day = r.Date(shard.YearBefore.AddDays(35), shard.To.AddDays(-3));
            if (r.Chance(atTarget))
            {
                BloodPressure(shard, day, r.Between(112, threshold), r.Between(62, 90));
            }
            else
            {
                var systolicHigh = r.Chance(0.8);
                BloodPressure(shard, day, systolicHigh ? r.Between(threshold + 1, 178) : r.Between(120, threshold), systolicHigh ? r.Between(70, 98) : r.Between(91, 104));
            }
        }

        // Expected, not realised: the chance of a reading in the year times the chance it is at target.
        var readingChance = c.SmiRegister ? SmiElementChance(shard, c) : planted.HypertensionReadingInYear;
        shard.Tally.Add("htn_treated_to_target", BreakdownNames.ImdQuintile, q.ToString(CultureInfo.InvariantCulture), readingChance * atTarget, 1);
    }

    /// <summary>Chance one given SMI check element is done: all six, or that element among an incomplete set.</summary>
    private static double SmiElementChance(ShardState shard, Clinical c)
    {
        var all = AllSixChance(shard, c);
        var allOfIncomplete = Math.Pow(ElementShare, Elements);
        return all + ((1 - all) * (ElementShare - allOfIncomplete) / (1 - allOfIncomplete));
    }

    private static double AllSixChance(ShardState shard, Clinical c) =>
        Math.Clamp(shard.Planted.SmiAllSixBase[c.Person.Quintile - 1] + shard.Planted.SmiAllSixEthnicShift[c.Person.EthnicGroup], 0.02, 0.98);

    /// <summary>Writes the SMI check elements done in the last 12 months; returns the bit mask (bit 1 = blood pressure).</summary>
    private static int SmiCheck(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var p = c.Person;
        var planted = shard.Planted;
        var all = AllSixChance(shard, c);
        var mask = (1 << Elements) - 1;
        if (!r.Chance(all))
        {
            do
            {
                mask = 0;
                for (var e = 0; e < Elements; e++)
                {
                    mask |= r.Chance(ElementShare) ? 1 << e : 0;
                }
            }
            while (mask == (1 << Elements) - 1);
        }

        var threshold = c.AgeAtReference >= 80 ? 150 : 140;
        var atTarget = planted.HypertensionTreatedToTarget[p.Quintile - 1] / planted.HypertensionReadingInYear;
        var day = r.Date(shard.YearBefore.AddDays(35), shard.To.AddDays(-3));
        var codes = shard.Codes;
        if ((mask & 1) != 0)
        {
            shard.Rows.Gp(day, CodeLists.BodyMassIndex, GpKind.Observation, Math.Clamp(r.Normal(30, 6), 16, 55), 1);
        }

        if ((mask & 2) != 0)
        {
            var good = !c.HypertensionRegister || r.Chance(atTarget);
            BloodPressure(shard, day, good ? r.Between(108, threshold) : r.Between(threshold + 1, 175), r.Between(62, 90));
        }

        if ((mask & 4) != 0)
        {
            shard.Rows.Gp(day, CodeLists.HbA1c, GpKind.Observation, Math.Clamp(r.Normal(c.Diabetes ? 58 : 38, 8), 28, 120));
        }

        if ((mask & 8) != 0)
        {
            shard.Rows.Gp(day, CodeLists.Cholesterol, GpKind.Observation, Math.Clamp(r.Normal(5.2, 1.0), 2.5, 9), 1);
        }

        if ((mask & 16) != 0)
        {
            var code = c.Smoking switch { 2 => codes.CurrentSmoker.Pick(r), 1 => codes.ExSmoker.Pick(r), _ => codes.NeverSmoked };
            shard.Rows.Gp(day, code, GpKind.Observation);
        }

        if ((mask & 32) != 0)
        {
            shard.Rows.Gp(day, codes.AlcoholUnits, GpKind.Observation, Math.Round(r.Exponential(12)));
        }

        var quintile = p.Quintile.ToString(CultureInfo.InvariantCulture);
        shard.Tally.Add("smi_health_check_all6", BreakdownNames.ImdQuintile, quintile, all, 1);
        shard.Tally.Add("smi_health_check_all6", BreakdownNames.EthnicGroup, p.EthnicGroup, all, 1);
        return mask;
    }

    private static void Repeat(ShardState shard, Clinical c, DateOnly end, double mean, string code, Func<double> value, int decimals)
    {
        for (var i = shard.Random.Poisson(mean); i > 0; i--)
        {
            if (c.DayPresent(shard.Random, end) is { } day)
            {
                shard.Rows.Gp(day, code, GpKind.Observation, value(), decimals);
            }
        }
    }

    private static void BloodPressure(ShardState shard, DateOnly day, int systolic, int diastolic)
    {
        shard.Rows.Gp(day, shard.Codes.Systolic.Usual, GpKind.Observation, systolic);
        shard.Rows.Gp(day, shard.Codes.Diastolic.Usual, GpKind.Observation, diastolic);
    }
}
