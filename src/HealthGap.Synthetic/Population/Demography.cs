using HealthGap.Core.Reference;

namespace HealthGap.Synthetic.Population;

/// <summary>
/// Who lives in an LSOA: ages from its IoD2019 population bands (0–15 and 16–59 spread evenly,
/// 60+ thinning out as survival falls), sex, and an ethnic category drawn from the LSOA's Census
/// 2011 mix, then recorded as the NHS does — with some "not stated" (Z) and some not known.
/// </summary>
internal sealed class Demography(ReferenceData reference, Mortality mortality)
{
    public const int MaxAge = 104;
    public const double NotStatedShare = 0.05;
    public const double NotKnownShare = 0.03;

    // Census detailed groups (LsoaEthnicity.DetailedGroups order) → NHS ethnic category; mixed is split below.
    private static readonly string[] DetailedToNhs = ["A", "B", "C", "C", "G", "H", "J", "K", "R", "L", "N", "M", "P", "S", "S"];
    private static readonly string[] MixedCodes = ["D", "E", "F", "G"];
    private static readonly double[] MixedWeights = [0.3, 0.2, 0.3, 0.2];

    private readonly double[] _olderCumulative = OlderAges(mortality);

    /// <summary>Probability of each single year of age 0..104 in the LSOA.</summary>
    public double[] AgeDistribution(Lsoa lsoa)
    {
        var p = lsoa.Population;
        var total = (double)Math.Max(1, p.Total);
        var result = new double[MaxAge + 1];
        for (var a = 0; a <= 15; a++)
        {
            result[a] = p.Aged0To15 / total / 16;
        }

        for (var a = 16; a <= 59; a++)
        {
            result[a] = p.Aged16To59 / total / 44;
        }

        for (var a = 60; a <= MaxAge; a++)
        {
            result[a] = p.Aged60Plus / total * (_olderCumulative[a - 60] - (a == 60 ? 0 : _olderCumulative[a - 61]));
        }

        return result;
    }

    public int SampleAge(Lsoa lsoa, SeededRandom random)
    {
        var p = lsoa.Population;
        ReadOnlySpan<double> bands = [p.Aged0To15, p.Aged16To59, p.Aged60Plus];
        var band = random.Pick(bands);
        if (band == 0)
        {
            return random.Between(0, 15);
        }

        if (band == 1)
        {
            return random.Between(16, 59);
        }

        var u = random.NextDouble();
        var index = Array.BinarySearch(_olderCumulative, u);
        return 60 + Math.Min(index < 0 ? ~index : index, MaxAge - 60);
    }

    public static char SampleSex(int age, SeededRandom random) => random.Chance(age >= 80 ? 0.42 : age >= 65 ? 0.47 : 0.495) ? 'M' : 'F';

    /// <summary>The recorded NHS ethnic category: "" when not known, "Z" when not stated.</summary>
    public string SampleEthnicCategory(Lsoa lsoa, SeededRandom random)
    {
        var u = random.NextDouble();
        if (u < NotKnownShare)
        {
            return string.Empty;
        }

        if (u < NotKnownShare + NotStatedShare)
        {
            return "Z";
        }

        if (!reference.Ethnicity.TryGetValue(lsoa.Code, out var mix) || mix.AllResidents == 0)
        {
            return "A";
        }

        Span<double> weights = stackalloc double[mix.Detailed.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = mix.Detailed[i];
        }

        var group = random.Pick(weights);
        return DetailedToNhs[group] == "G" ? MixedCodes[random.Pick(MixedWeights)] : DetailedToNhs[group];
    }

    // Share of the 60+ population at each age 60..104: proportional to survival from 60 (mid-deprivation women and men).
    private static double[] OlderAges(Mortality mortality)
    {
        var weights = new double[MaxAge - 59];
        var survival = 1.0;
        for (var a = 60; a <= MaxAge; a++)
        {
            weights[a - 60] = survival;
            var hazard = (mortality.Hazard('M', 5, a + 0.5) + mortality.Hazard('F', 5, a + 0.5)) / 2;
            survival *= Math.Exp(-hazard);
        }

        var total = weights.Sum();
        var cumulative = new double[weights.Length];
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }

        cumulative[^1] = 1.0;
        return cumulative;
    }
}
