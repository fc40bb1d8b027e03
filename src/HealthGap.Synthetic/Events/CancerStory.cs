using System.Globalization;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Synthetic.Events;

/// <summary>
/// Cancer registrations: at most one new cancer per person in the period, site by sex and age,
/// stage and route to diagnosis. Plants <c>cancer_stage12</c> and
/// <c>cancer_emergency_presentation</c> by quintile, and sends a calibrated share of emergency
/// presentations through A&amp;E (an attendance and an emergency admission the same day) so cancers
/// via A&amp;E per 10,000 attendances come out at the planted Core20 and non-Core20 figures.
/// </summary>
internal static class CancerStory
{
    private const double UnknownStage = 0.08;
    private const double UnknownRoute = 0.02;

    private static readonly (string Site, char Sex, double Weight, bool Stageable)[] Sites =
    [
        ("C509", 'F', 0.28, true), ("C61", 'M', 0.26, true), ("C349", ' ', 0.13, true), ("C189", ' ', 0.10, true),
        ("C20", ' ', 0.04, true), ("C439", ' ', 0.04, true), ("C679", ' ', 0.03, true), ("C649", ' ', 0.03, true),
        ("C541", 'F', 0.03, true), ("C259", ' ', 0.03, true), ("C159", ' ', 0.03, true), ("C169", ' ', 0.02, true),
        ("C859", ' ', 0.04, true), ("C569", 'F', 0.02, true), ("C109", ' ', 0.02, true), ("C73", ' ', 0.01, true),
        ("C809", ' ', 0.02, false), ("C921", ' ', 0.02, false), ("C900", ' ', 0.02, false), ("C719", ' ', 0.015, false),
    ];

    private static readonly string[] OtherRoutes = ["two_week_wait", "gp_referral", "other_outpatient", "inpatient_elective", "screening"];
    private static readonly double[] OtherRouteWeights = [0.55, 0.16, 0.13, 0.06, 0.10];

    public static void Record(ShardState shard, Clinical c, EmergencyAdmissions admissions)
    {
        var r = shard.Random;
        var p = c.Person;
        var planted = shard.Planted;
        var q = p.Quintile;
        var probability = 1 - Math.Exp(-Rates.Cancer(p.AgeOn(c.Low), q) * c.Exposure);
        var core20 = p.HomeLsoa.Core20;
        var viaAeShare = core20 ? shard.Context.Calibration.ViaAeShareCore20 : shard.Context.Calibration.ViaAeShareRest;
        var emergency = planted.CancerEmergencyPresentation[q - 1];
        var expectedViaAe = probability * (1 - UnknownRoute) * emergency * viaAeShare;
        shard.Tally.Add("cancer_via_ae_per_10000_ae", BreakdownNames.Core20, core20 ? "true" : "false", expectedViaAe, expectedViaAe);
        if (!r.Chance(probability) || c.DayPresent(r) is not { } date)
        {
            return;
        }

        Span<double> weights = stackalloc double[Sites.Length];
        for (var i = 0; i < Sites.Length; i++)
        {
            weights[i] = Sites[i].Sex == ' ' || Sites[i].Sex == p.Sex ? Sites[i].Weight : 0;
        }

        var site = Sites[r.Pick(weights)];
        var quintile = q.ToString(CultureInfo.InvariantCulture);
        var stage = "U";
        if (site.Stageable && !r.Chance(UnknownStage))
        {
            var early = r.Chance(planted.CancerStage12[q - 1]);
            stage = early ? (r.Chance(0.5) ? "1" : "2") : (r.Chance(0.55) ? "3" : "4");
            shard.Tally.Add("cancer_stage12", BreakdownNames.ImdQuintile, quintile, planted.CancerStage12[q - 1], 1);
        }

        string route;
        var viaAe = false;
        if (r.Chance(UnknownRoute))
        {
            route = "unknown";
        }
        else
        {
            shard.Tally.Add("cancer_emergency_presentation", BreakdownNames.ImdQuintile, quintile, emergency, 1);
            if (r.Chance(emergency))
            {
                route = "emergency_presentation";
                viaAe = r.Chance(viaAeShare);
            }
            else
            {
                route = OtherRoutes[r.Pick(OtherRouteWeights)];
            }
        }

        shard.Rows.Cancer(date, site.Site, stage, route, viaAe);
        c.CancerDate = date;
        c.CancerSite = site.Site;
        if (viaAe)
        {
            EmergencyCareStory.Attend(shard, c, date, admissions, site.Site);
        }
        else if (route == "emergency_presentation")
        {
            admissions.Admit(shard, c, date, "22", site.Site);
        }
    }
}
