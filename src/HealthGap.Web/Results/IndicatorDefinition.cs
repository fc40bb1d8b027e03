namespace HealthGap.Web.Results;

/// <summary>One entry of the report's <c>catalogue.json</c>: what an indicator means and how to read it.</summary>
/// <param name="Id">Stable identifier, e.g. <c>cancer_early_stage</c>.</param>
/// <param name="Title">Short title.</param>
/// <param name="Description">Plain-English meaning.</param>
/// <param name="Rationale">Why it matters for health inequalities.</param>
/// <param name="Source">Where the data comes from.</param>
/// <param name="Measure">Measure type: proportion, crude_rate, dsr, isr (observed vs expected), life_expectancy...</param>
/// <param name="Multiplier">Scale of the published value (100 for a percentage, 100000 for a rate per 100,000).</param>
/// <param name="Polarity"><c>higher_is_better</c>, <c>lower_is_better</c> or <c>no_judgement</c>.</param>
/// <param name="Target">The target value on the published scale, if any.</param>
internal sealed record IndicatorDefinition(
    string Id, string Title, string Description, string Rationale, string Source,
    string Measure, double Multiplier, string Polarity, double? Target)
{
    /// <summary>True when a higher value is better, false when lower is better, null when neither.</summary>
    public bool? HigherIsBetter => Polarity.Contains("higher", StringComparison.OrdinalIgnoreCase) ? true
        : Polarity.Contains("lower", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    /// <summary>True when the value is a percentage.</summary>
    public bool IsPercentage => Multiplier == 100 && Measure.Contains("proportion", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the value is observed over expected (measure <c>isr</c>), e.g. hypertension diagnosed as a percentage of expected.</summary>
    public bool IsObservedVsExpected => Measure.Equals("isr", StringComparison.OrdinalIgnoreCase);
}
