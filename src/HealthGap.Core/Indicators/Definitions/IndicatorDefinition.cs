namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// One indicator, as written in its file in <c>indicators/</c>: what it means (for people) and how it
/// is counted (for the engine). Loaded and validated by <see cref="DefinitionLoader"/>.
/// </summary>
/// <param name="Id">Stable identifier, snake_case, equal to the file name.</param>
/// <param name="Title">Short title.</param>
/// <param name="Description">Plain-English description for the public.</param>
/// <param name="Rationale">Why it matters.</param>
/// <param name="Source">Published method and data source it follows.</param>
/// <param name="Measure">How the value is computed from the counts.</param>
/// <param name="Multiplier">Scale of the value (100 for a percentage, 100000 per 100,000).</param>
/// <param name="Polarity">Whether higher is better.</param>
/// <param name="Period">The reporting period.</param>
/// <param name="Population">Criteria every counted person meets (the denominator cohort for proportions).</param>
/// <param name="Numerator">What the numerator counts.</param>
/// <param name="Denominator">What the denominator counts.</param>
/// <param name="Breakdowns">Default breakdowns.</param>
/// <param name="Target">Target, if one exists.</param>
/// <param name="Path">File it was loaded from.</param>
public sealed record IndicatorDefinition(
    string Id,
    string Title,
    string Description,
    string Rationale,
    string Source,
    MeasureType Measure,
    double Multiplier,
    Polarity Polarity,
    PeriodSpec Period,
    IReadOnlyList<Criterion> Population,
    CountSpec Numerator,
    CountSpec Denominator,
    IReadOnlyList<string> Breakdowns,
    IndicatorTarget? Target,
    string Path)
{
    /// <summary>Reference rates for the expected count (measure <see cref="MeasureType.IndirectlyStandardisedRatio"/> only).</summary>
    public ExpectedPrevalence? Expected { get; init; }

    /// <summary>
    /// Breakdowns (e.g. ethnic_group) whose groups are also compared after indirect standardisation for IMD quintile,
    /// age band and sex (<c>adjusted_for_deprivation</c>); empty when none is declared.
    /// </summary>
    public IReadOnlyList<string> AdjustedForDeprivation { get; init; } = [];

    /// <summary>
    /// True when the denominator is time at risk (<see cref="PersonYearsCount"/>): the engine then counts
    /// each person in every year of age they were registered and alive in the period, and the numerator by age at the event.
    /// </summary>
    public bool CountsTimeAtRisk => Denominator is PersonYearsCount;

    /// <summary>The denominator in its own unit from an engine count: person-years from days (÷ 365.25), else the count itself.</summary>
    public double DenominatorValue(double count) => CountsTimeAtRisk ? count / DaysPerYear : count;

    /// <summary>
    /// The denominator as the disclosure gate and the outputs take it: whole person-years (rounded) for time at risk,
    /// else the count. The gate then suppresses and rounds it like any count.
    /// </summary>
    public long PublishedDenominator(long count) => CountsTimeAtRisk ? (long)Math.Round(count / DaysPerYear, MidpointRounding.AwayFromZero) : count;

    /// <summary>Days in a person-year (the mean calendar year).</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>Age bands the counts are split by: life tables use 0, 1–4, 5–9 … 90+; everything else ESP2013 5-year bands to 90+.</summary>
    public AgeBandScheme AgeBands => Measure == MeasureType.LifeExpectancy ? AgeBandScheme.LifeTable : AgeBandScheme.Esp2013;
}
