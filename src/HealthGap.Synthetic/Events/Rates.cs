namespace HealthGap.Synthetic.Events;

/// <summary>
/// Background activity rates (per person-year) by age and national IMD quintile — the realistic
/// shape the planted inequalities sit on. Plausible English magnitudes, not estimates of any place.
/// </summary>
internal static class Rates
{
    private static readonly double[] AeQuintile = [1.5, 1.25, 1.0, 0.85, 0.75];
    private static readonly double[] GpQuintile = [1.15, 1.07, 1.0, 0.95, 0.9];
    private static readonly double[] CancerQuintile = [1.2, 1.1, 1.0, 0.95, 0.9];

    /// <summary>A&amp;E attendances per person-year (people who are not frequent attenders).</summary>
    public static double AeAttendances(int age, int quintile) =>
        0.26 * AeQuintile[quintile - 1] * (age < 5 ? 1.6 : age < 15 ? 0.9 : age < 30 ? 1.3 : age < 65 ? 0.9 : age < 80 ? 1.2 : 2.0);

    /// <summary>GP appointments per person-year before long-term-condition extras.</summary>
    public static double GpAppointments(int age, char sex, int quintile) =>
        GpQuintile[quintile - 1] * (age < 5 ? 5.0 : age < 16 ? 2.0 : age < 45 ? (sex == 'F' ? 4.0 : 2.5) : age < 65 ? 4.5 : age < 80 ? 6.5 : 8.5);

    /// <summary>New cancers (any site) per person-year.</summary>
    public static double Cancer(int age, int quintile) =>
        CancerQuintile[quintile - 1] * (age < 30 ? 0.0004 : age < 50 ? 0.0024 : age < 65 ? 0.008 : age < 75 ? 0.018 : 0.026);

    /// <summary>Referrals to consultant-led (RTT) care per person-year.</summary>
    public static double Referrals(int age) =>
        0.11 * (age < 18 ? 0.5 : age < 45 ? 0.8 : age < 65 ? 1.3 : 1.9);

    /// <summary>Emergency admissions sent in directly by a GP (not through A&amp;E) per person-year.</summary>
    public static double DirectEmergencyAdmissions(int age) => age < 65 ? 0.008 : 0.03;

    /// <summary>Share of A&amp;E attendances that end in admission.</summary>
    public static double AdmittedFromAe(int age) => age < 16 ? 0.12 : age < 65 ? 0.22 : age < 80 ? 0.38 : 0.5;

    /// <summary>P(N ≥ k) for N ~ Poisson(mean).</summary>
    public static double PoissonAtLeast(int k, double mean)
    {
        var term = Math.Exp(-mean);
        var below = 0.0;
        for (var i = 0; i < k; i++)
        {
            below += term;
            term *= mean / (i + 1);
        }

        return Math.Max(0, 1 - below);
    }
}
