using System.Globalization;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// Short-acting reliever (SABA) inhalers issued to people with asthma, coded with dm+d concepts from
/// <c>codelists/saba_inhalers_dmd.csv</c> (the list <c>cyp_asthma_saba_overuse</c> counts). Plants
/// over-reliance in children and young people: among 0–17s on the asthma register on the reference
/// date, a quintile-dependent share is issued three or more in the 12 months before it, the rest
/// none to two. Everyone else with asthma is issued relievers at a background rate.
/// It owns the issues only; who has asthma is <see cref="ConditionStory"/>'s decision.
/// </summary>
internal static class RelieverInhalerStory
{
    /// <summary>Issues in 12 months that count as over-reliance (more than two).</summary>
    public const int OveruseThreshold = 3;

    /// <summary>Background SABA issues per person-year with asthma.</summary>
    private const double BackgroundRate = 1.3;

    /// <summary>Mean issues beyond the threshold for an over-reliant child (geometric: a few get many).</summary>
    private const double OveruseExtraMean = 1.5;

    private static readonly double[] UnderThresholdWeights = [0.35, 0.40, 0.25];

    public static void Record(ShardState shard, Clinical c)
    {
        if (!c.Asthma)
        {
            return;
        }

        var r = shard.Random;
        var codes = shard.Codes.RelieverInhalers;
        var planted = IsPlantedChild(shard, c);
        var backgroundEnd = planted ? shard.YearBefore : c.High;
        if (backgroundEnd >= c.Low)
        {
            var years = (backgroundEnd.DayNumber - c.Low.DayNumber + 1) / 365.25;
            for (var n = r.Poisson(BackgroundRate * years); n > 0; n--)
            {
                shard.Rows.Gp(r.Date(c.Low, backgroundEnd), codes.Pick(r), GpKind.MedicationIssue);
            }
        }

        if (!planted)
        {
            return;
        }

        var share = shard.Planted.CypRelieverOveruse[c.Person.Quintile - 1];
        var count = r.Chance(share) ? OveruseThreshold + r.Poisson(r.Exponential(OveruseExtraMean)) : r.Pick(UnderThresholdWeights);
        var windowStart = c.Low > shard.YearBefore ? c.Low : shard.YearBefore.AddDays(1);
        for (var n = 0; n < count; n++)
        {
            shard.Rows.Gp(r.Date(windowStart, shard.To), codes.Pick(r), GpKind.MedicationIssue);
        }

        shard.Tally.Add("cyp_asthma_saba_overuse", BreakdownNames.ImdQuintile, c.Person.Quintile.ToString(CultureInfo.InvariantCulture), share, 1);
    }

    /// <summary>A child or young person (0–17) on the asthma register on the reference date.</summary>
    private static bool IsPlantedChild(ShardState shard, Clinical c) => c.AtReference && c.AgeAtReference < 18 && c.High >= shard.YearBefore;
}
