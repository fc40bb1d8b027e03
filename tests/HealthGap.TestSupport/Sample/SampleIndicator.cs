using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.TestSupport.Sample;

/// <summary>
/// One invented indicator of the SAMPLE report: what the catalogue says about it, and the shape of its
/// invented figures (level, deprivation gradient, typical denominator, year-on-year change).
/// </summary>
/// <param name="Definition">The definition, in Core's vocabulary (no population or counts: nothing is computed from data).</param>
/// <param name="Level">The ICB-wide value as a fraction (0.56 = 56%, 0.095 = 9,500 per 100,000).</param>
/// <param name="Gradient">Relative change from the most to the least deprived (positive: higher in affluent areas).</param>
/// <param name="Denominator">The ICB-wide denominator in a year.</param>
/// <param name="YearlyChange">Change in <paramref name="Level"/> per year, on the same scale.</param>
public sealed record SampleIndicator(IndicatorDefinition Definition, double Level, double Gradient, int Denominator, double YearlyChange)
{
    /// <summary>The five indicators of the SAMPLE report.</summary>
    public static IReadOnlyList<SampleIndicator> All { get; } =
    [
        new(
            Proportion("cancer_early_stage", "Cancers diagnosed at stage 1 or 2", Polarity.HigherBetter, 75,
                "Of all new cancers diagnosed, the share found at an early stage (stage 1 or 2), when treatment works best.",
                "Core20PLUS5 clinical area: 75% of cancers diagnosed early by 2028. Later diagnosis is more common in deprived areas.",
                "Cancer registrations (cancer extract), staged tumours only."),
            0.56, 0.10, 2400, 0.01),
        new(
            Proportion("hypertension_treated_to_target", "High blood pressure treated to target", Polarity.HigherBetter, 80,
                "Of people with diagnosed high blood pressure, the share whose last reading was at or below the target level.",
                "Core20PLUS5 clinical area: optimal management of hypertension prevents heart attacks and strokes.",
                "GP records (coded blood pressure readings and hypertension register)."),
            0.66, 0.12, 9000, 0.015),
        new(
            Define(
                "emergency_admissions_dsr", "Emergency hospital admissions",
                "Unplanned hospital admissions per 100,000 people, adjusted for age so areas with older populations compare fairly.",
                "NHS health-inequalities statement indicator: emergency admissions are higher in deprived areas and often avoidable.",
                "Admitted patient care (emergency admission method codes).",
                MeasureType.DirectlyStandardisedRate, 100_000, Polarity.LowerBetter, null),
            0.095, -0.45, 60000, -0.0019),
        new(
            Proportion("cancer_emergency_presentation", "Cancers diagnosed through an emergency presentation", Polarity.LowerBetter, null,
                "Of the new cancers diagnosed in the year with a known route to diagnosis, the percentage found through an emergency presentation.",
                "Cancers found in an emergency are usually later-stage and have worse survival; the share is higher in the most deprived communities.",
                "NDRS Routes to Diagnosis emergency presentation metric."),
            0.19, -0.35, 2400, -0.003),
        new(
            Proportion("smi_physical_health_check", "Physical health checks for people with severe mental illness", Polarity.HigherBetter, 60,
                "Of people with severe mental illness, the share who had all six recommended physical health checks in the year.",
                "Core20PLUS5 clinical area: people with severe mental illness die 15-20 years earlier, mostly from preventable physical illness.",
                "GP records (SMI register and the six health-check codes)."),
            0.55, 0.15, 2500, 0.02),
    ];

    /// <summary>+1 when higher is better, −1 when lower is better: which way a disadvantaged group's figure moves.</summary>
    public int Sign => Definition.Polarity == Polarity.LowerBetter ? -1 : 1;

    private static IndicatorDefinition Proportion(string id, string title, Polarity polarity, double? target, string description, string rationale, string source) =>
        Define(id, title, description, rationale, source, MeasureType.Proportion, 100, polarity,
            target is { } t ? new IndicatorTarget(t, "NHS England Core20PLUS5", 2028) : null);

    private static IndicatorDefinition Define(
        string id, string title, string description, string rationale, string source, MeasureType measure, double multiplier, Polarity polarity, IndicatorTarget? target) =>
        new(id, title, description, rationale, source, measure, multiplier, polarity, new PeriodSpec(PeriodKind.FinancialYear, null),
            [], new PersonCount([]), new PersonCount([]), [], target, "");
}
