using System.Globalization;
using HealthGap.Core.Vocabulary;
using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// NHS Health Checks (40–74 without a cardiovascular-risk condition; fewer in deprived areas) and
/// learning-disability annual health checks (14+ on the LD register; <c>ld_annual_health_check</c>
/// planted for the financial year ending on the reference date), coded with the local codes.
/// </summary>
internal static class ChecksStory
{
    private static readonly double[] HealthCheckQuintile = [0.28, 0.32, 0.36, 0.40, 0.44];

    public static void Record(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var p = c.Person;
        var ageAtStart = p.AgeOn(c.Low);
        if (ageAtStart is >= 40 and <= 74 && !c.HypertensionRegister && !c.Diabetes && !c.Copd &&
            r.Chance(HealthCheckQuintile[p.Quintile - 1]) && c.DayPresent(r) is { } day)
        {
            shard.Rows.Gp(day, shard.Codes.NhsHealthCheck, GpKind.Procedure);
        }

        if (!c.Has(PlusCharacteristics.LearningDisability))
        {
            return;
        }

        var yearStart = shard.YearBefore.AddDays(1);
        for (var year = yearStart.AddYears(-3); year < yearStart; year = year.AddYears(1))
        {
            if (p.AgeOn(year) >= 14 && r.Chance(0.65) && c.DayPresent(r, year.AddYears(1).AddDays(-1)) is { } earlier && earlier >= year)
            {
                shard.Rows.Gp(earlier, shard.Codes.LdHealthCheck, GpKind.Procedure);
            }
        }

        if (c.AtReference && c.AgeAtReference >= 14)
        {
            var planted = shard.Planted.LdAnnualHealthCheck;
            if (r.Chance(planted))
            {
                shard.Rows.Gp(r.Date(yearStart, shard.To), shard.Codes.LdHealthCheck, GpKind.Procedure);
            }

            shard.Tally.Add("ld_annual_health_check", BreakdownNames.ImdQuintile, p.Quintile.ToString(CultureInfo.InvariantCulture), planted, 1);
        }
    }
}
