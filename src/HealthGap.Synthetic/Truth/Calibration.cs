using HealthGap.Synthetic.Events;

namespace HealthGap.Synthetic.Truth;

/// <summary>
/// Sets the share of emergency-presentation cancers that arrive through A&amp;E, for Core20 and for
/// the rest, so that cancers via A&amp;E per 10,000 A&amp;E attendances come out at the planted
/// figures (21 and 18). It works from the expected attendances and cancers of the ICB's real age
/// structure; <c>truth.json</c> then reports the exact expectation for the people generated.
/// </summary>
internal sealed class Calibration
{
    public Calibration(SynthContext context)
    {
        var planted = context.Planted;
        var years = context.Years;
        double[] attendances = [0, 0];
        double[] emergencyCancers = [0, 0];
        foreach (var lsoa in context.Icb.Lsoas)
        {
            var group = lsoa.Core20 ? 0 : 1;
            var q = lsoa.ImdQuintile;
            var ages = context.Demography.AgeDistribution(lsoa);

            // Babies born and people arriving during the period (young: many attendances, few cancers),
            // as person-years per year of the period relative to the residents.
            var newcomers = years / 2;
            ages[1] += Population.LsoaPlan.BirthRate * newcomers;
            for (var age = 0; age <= 75; age++)
            {
                ages[age] += Population.LsoaPlan.ArrivalRate * newcomers * (((age is >= 18 and <= 40 ? 0.7 / 23 : 0) + (0.3 / 76)));
            }

            for (var age = 0; age < ages.Length; age++)
            {
                // People age through the period and some die or leave: weight each age by its mean
                // share still registered, and use the rates of mid-period age.
                var hazard = ((context.Mortality.Hazard('M', lsoa.ImdDecile, age + (years / 2)) + context.Mortality.Hazard('F', lsoa.ImdDecile, age + (years / 2))) / 2) + LsoaPlanLeaving;
                var stay = (1 - Math.Exp(-hazard * years)) / (hazard * years);
                var people = ages[age] * lsoa.Population.Total * stay;
                var midAge = age + (int)(years / 2);
                var frequent = age >= 18 ? planted.FrequentAttender[q - 1] : 0;
                var frequentRate = ((years - 1) * 4 * Rates.AeAttendances(midAge, q) + EmergencyCareStory.FrequentThreshold + EmergencyCareStory.FrequentExtraMean) / years;
                attendances[group] += people * (((1 - frequent) * Rates.AeAttendances(midAge, q)) + (frequent * frequentRate));
                emergencyCancers[group] += people * Rates.Cancer(age, q) * 0.98 * planted.CancerEmergencyPresentation[q - 1];
            }
        }

        ViaAeShareCore20 = Share(planted.CancerViaAePer10000.Core20, attendances[0], emergencyCancers[0]);
        ViaAeShareRest = Share(planted.CancerViaAePer10000.Others, attendances[1], emergencyCancers[1]);
    }

    private const double LsoaPlanLeaving = Population.LsoaPlan.ArrivalRate;

    /// <summary>Share of emergency presentations that come through A&amp;E, Core20 residents.</summary>
    public double ViaAeShareCore20 { get; }

    /// <summary>The same for everyone else.</summary>
    public double ViaAeShareRest { get; }

    private static double Share(double per10000, double attendances, double emergencyCancers)
    {
        if (emergencyCancers <= 0)
        {
            return 0.6;
        }

        var ratio = per10000 / 10000;
        return Math.Clamp(ratio * attendances / (emergencyCancers * (1 - ratio)), 0.05, 0.95);
    }
}
