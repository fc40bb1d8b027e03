namespace HealthGap.Synthetic.Truth;

/// <summary>
/// Every planted inequality in one place: the parameters the generator draws from and that
/// <c>truth.json</c> reports. Quintiles and deciles are national IMD 2019 (1 = most deprived).
/// Values are chosen so each gradient is visible at <c>--scale 0.1</c> (see docs/synthetic.md).
/// </summary>
internal sealed class PlantedValues
{
    /// <summary>Life expectancy at birth, decile 1 and decile 10, by sex: gaps 9 (men) and 7.5 (women) years.</summary>
    public (double Decile1, double Decile10) MaleLifeExpectancy { get; } = (74.0, 83.0);

    public (double Decile1, double Decile10) FemaleLifeExpectancy { get; } = (79.0, 86.5);

    /// <summary>Share of people with hypertension whose hypertension is diagnosed, by quintile.</summary>
    public double[] HypertensionDetected { get; } = [0.56, 0.61, 0.66, 0.71, 0.76];

    /// <summary>True hypertension prevalence by age band (18–39, 40–59, 60–79, 80+) before the quintile factor.</summary>
    public double[] HypertensionPrevalenceByAge { get; } = [0.04, 0.17, 0.42, 0.62];

    public double[] HypertensionPrevalenceQuintileFactor { get; } = [1.2, 1.1, 1.0, 0.95, 0.9];

    /// <summary>Share of the hypertension register whose latest BP in the last 12 months is at target, by quintile.</summary>
    public double[] HypertensionTreatedToTarget { get; } = [0.55, 0.59, 0.63, 0.67, 0.72];

    /// <summary>Share of the hypertension register with a BP reading in the 12 months to the reference date.</summary>
    public double HypertensionReadingInYear { get; } = 0.9;

    /// <summary>Latest recorded smoking status is "current smoker", by quintile (people with a status).</summary>
    public double[] CurrentSmoker { get; } = [0.25, 0.20, 0.16, 0.13, 0.10];

    /// <summary>COPD register vaccinated against flu in the current campaign, by quintile.</summary>
    public double[] CopdFlu { get; } = [0.62, 0.67, 0.72, 0.76, 0.80];

    /// <summary>
    /// Planned care — referrals to RTT pathways (their outpatient appointments and elective admissions) and planned day
    /// cases — relative to everyone else of the same age, by recorded ethnic group, whatever the IMD quintile: a real
    /// ethnic effect that adjustment for deprivation, age and sex must keep (dsr_elective_adm). Groups not listed are 1.
    /// </summary>
    public IReadOnlyDictionary<string, double> PlannedCareByEthnicGroup { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["Asian"] = 0.7,
    };

    /// <summary>COPD register vaccinated against COVID-19 in the autumn campaign, by recorded ethnic group.</summary>
    public IReadOnlyDictionary<string, double> CopdCovidByEthnicGroup { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["White"] = 0.70, ["Mixed"] = 0.55, ["Asian"] = 0.50, ["Black"] = 0.40, ["Other"] = 0.55, ["Not stated"] = 0.60, ["Unknown"] = 0.60,
    };

    public double CopdPneumococcal { get; } = 0.70;

    /// <summary>SMI register with all six health-check elements: quintile base plus an ethnic-group shift.</summary>
    public double[] SmiAllSixBase { get; } = [0.42, 0.47, 0.52, 0.57, 0.62];

    public IReadOnlyDictionary<string, double> SmiAllSixEthnicShift { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["White"] = 0, ["Mixed"] = -0.06, ["Asian"] = -0.10, ["Black"] = -0.15, ["Other"] = -0.08, ["Not stated"] = -0.05, ["Unknown"] = -0.05,
    };

    public double LdAnnualHealthCheck { get; } = 0.72;

    /// <summary>Stageable cancers with a known stage diagnosed at stage 1 or 2, by quintile.</summary>
    public double[] CancerStage12 { get; } = [0.46, 0.50, 0.54, 0.57, 0.60];

    /// <summary>Cancers with a known route diagnosed via emergency presentation, by quintile.</summary>
    public double[] CancerEmergencyPresentation { get; } = [0.25, 0.22, 0.20, 0.18, 0.16];

    /// <summary>Cancers diagnosed through A&amp;E per 10,000 A&amp;E attendances: Core20 vs the rest.</summary>
    public (double Core20, double Others) CancerViaAePer10000 { get; } = (21, 18);

    /// <summary>Adults (18+) who are frequent A&amp;E attenders (6+ in the last 12 months), by quintile.</summary>
    public double[] FrequentAttender { get; } = [0.012, 0.009, 0.006, 0.004, 0.003];

    /// <summary>
    /// Children and young people (0–17) on the asthma register issued three or more reliever (SABA)
    /// inhalers in the 12 months to the reference date, by quintile. About a quarter overall, as in
    /// published primary-care audits of reliever over-use (see docs/synthetic.md).
    /// </summary>
    public double[] CypRelieverOveruse { get; } = [0.30, 0.27, 0.24, 0.21, 0.18];

    /// <summary>
    /// Extra weeks waited within the same specialty by people needing an interpreter. Scaled with the
    /// waits themselves when they were calibrated to England's list (×1.7: 4 → 7), so the gap stays as
    /// visible relative to the wait as it was.
    /// </summary>
    public double InterpreterExtraWeeks { get; } = 7.0;

    /// <summary>Extra weeks waited within the same specialty by people with a learning disability (5 → 8 with the calibration).</summary>
    public double LearningDisabilityExtraWeeks { get; } = 8.0;

    /// <summary>Share of learning-disability referrals to trauma &amp; orthopaedics (the slowest specialty): the confounder.</summary>
    public double LearningDisabilityOrthopaedicShare { get; } = 0.5;

    /// <summary>Hospital tooth extractions for decay per child-year aged 0–9, by quintile.</summary>
    public double[] ToothExtraction { get; } = [0.012, 0.008, 0.0055, 0.004, 0.003];

    /// <summary>Children 0–17 in contact with CYP mental health services in a year, by recorded ethnic group.</summary>
    public IReadOnlyDictionary<string, double> CypMentalHealthAccess { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["White"] = 0.060, ["Mixed"] = 0.055, ["Asian"] = 0.030, ["Black"] = 0.035, ["Other"] = 0.040, ["Not stated"] = 0.050, ["Unknown"] = 0.050,
    };

    /// <summary>Target life expectancy at birth for one sex and national decile (linear between deciles 1 and 10).</summary>
    public double LifeExpectancy(char sex, int decile)
    {
        var (d1, d10) = sex == 'M' ? MaleLifeExpectancy : FemaleLifeExpectancy;
        return d1 + ((d10 - d1) * (decile - 1) / 9.0);
    }

    /// <summary>Age band index of the hypertension prevalence table, or -1 under 18.</summary>
    public static int HypertensionAgeBand(int age) => age < 18 ? -1 : age < 40 ? 0 : age < 60 ? 1 : age < 80 ? 2 : 3;

    public double HypertensionPrevalence(int age, int quintile)
    {
        var band = HypertensionAgeBand(age);
        return band < 0 ? 0 : HypertensionPrevalenceByAge[band] * HypertensionPrevalenceQuintileFactor[quintile - 1];
    }
}
