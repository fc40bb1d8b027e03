using System.Globalization;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// Flu (every campaign), pneumococcal (once, 65+) and COVID-19 (2021 primary course, autumn
/// boosters) vaccinations, lower in some ethnic groups. For the COPD register on the reference date
/// the current campaign is planted: flu by quintile (<c>copd_flu_vacc</c>), COVID-19 by ethnic
/// group (<c>copd_covid_vacc</c>) and pneumococcal ever (<c>copd_ppv_vacc</c>).
/// </summary>
internal static class VaccinationStory
{
    public static void Record(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var p = c.Person;
        var codes = shard.Codes;
        var uptake = EthnicUptake(p.EthnicGroup);
        var plantedCopd = c.Copd && c.AtReference;
        var current = shard.CampaignStart;

        for (var season = new DateOnly(shard.From.Year - (shard.From.Month >= 9 ? 0 : 1), 9, 1); season <= shard.To; season = season.AddYears(1))
        {
            if (plantedCopd && season == current)
            {
                continue;
            }

            var age = p.AgeOn(season);
            var eligible = age >= 65 || c.Copd || c.Diabetes || c.Asthma ? 0.72 : age is >= 2 and <= 10 ? 0.45 : 0;
            if (eligible > 0 && r.Chance(eligible * uptake))
            {
                Vaccinate(shard, c, season, season.AddMonths(5).AddDays(-1), codes.Flu.Pick(r));
            }
        }

        if (c.AgeAtReference >= 18 && r.Chance(0.85 * uptake))
        {
            var first = r.Date(new DateOnly(2021, 4, 1), new DateOnly(2021, 7, 31));
            Vaccinate(shard, c, first, first, codes.Covid.Codes[0]);
            Vaccinate(shard, c, first.AddDays(r.Between(56, 84)), first.AddDays(84), codes.Covid.Codes[2]);
        }

        if (c.AgeAtReference >= 75 && !plantedCopd && r.Chance(0.7 * uptake))
        {
            Vaccinate(shard, c, current.AddMonths(1), current.AddMonths(5).AddDays(-1), codes.Covid.Usual);
        }

        if (!plantedCopd && c.AgeAtReference >= 65 && r.Chance(0.7 * uptake))
        {
            shard.Rows.Gp(c.HistoryDay(r, 65), codes.Pneumococcal.Pick(r), GpKind.Immunization);
        }

        if (plantedCopd)
        {
            CopdCampaign(shard, c);
        }
    }

    private static void CopdCampaign(ShardState shard, Clinical c)
    {
        var r = shard.Random;
        var p = c.Person;
        var planted = shard.Planted;
        var codes = shard.Codes;
        var start = shard.CampaignStart;
        var end = start.AddMonths(5).AddDays(-1) < shard.To ? start.AddMonths(5).AddDays(-1) : shard.To;
        var quintile = p.Quintile.ToString(CultureInfo.InvariantCulture);
        var flu = planted.CopdFlu[p.Quintile - 1];
        if (r.Chance(flu))
        {
            shard.Rows.Gp(r.Date(start, end), codes.Flu.Pick(r), GpKind.Immunization);
        }

        var covid = planted.CopdCovidByEthnicGroup[p.EthnicGroup];
        if (r.Chance(covid))
        {
            shard.Rows.Gp(r.Date(start.AddMonths(1), end), codes.Covid.Usual, GpKind.Immunization);
        }

        if (r.Chance(planted.CopdPneumococcal))
        {
            shard.Rows.Gp(r.Date(shard.From.AddYears(-8), shard.To.AddDays(-1)), codes.Pneumococcal.Pick(r), GpKind.Immunization);
        }

        shard.Tally.Add("copd_flu_vacc", BreakdownNames.ImdQuintile, quintile, flu, 1);
        shard.Tally.Add("copd_covid_vacc", BreakdownNames.EthnicGroup, p.EthnicGroup, covid, 1);
        shard.Tally.Add("copd_ppv_vacc", BreakdownNames.ImdQuintile, quintile, planted.CopdPneumococcal, 1);
    }

    private static void Vaccinate(ShardState shard, Clinical c, DateOnly from, DateOnly to, string code)
    {
        var lo = from > c.Low ? from : c.Low;
        var hi = to < c.High ? to : c.High;
        if (lo <= hi)
        {
            shard.Rows.Gp(shard.Random.Date(lo, hi), code, GpKind.Immunization);
        }
    }

    /// <summary>Relative vaccine uptake by recorded ethnic group (lower in Black and Asian groups, as in England).</summary>
    public static double EthnicUptake(string group) => group switch
    {
        "White" => 1.0,
        "Mixed" => 0.85,
        "Asian" => 0.8,
        "Black" => 0.65,
        "Other" => 0.85,
        _ => 0.9,
    };
}
