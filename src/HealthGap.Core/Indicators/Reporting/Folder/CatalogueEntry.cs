using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Reporting.Folder;

/// <summary>
/// One entry of a report's <c>catalogue.json</c>: what an indicator means and how to read it, in Core's
/// own vocabulary (<see cref="MeasureType"/>, <see cref="Definitions.Polarity"/>, <see cref="PeriodKind"/>).
/// The report writes it from the definitions; the web app reads it back as this same type.
/// </summary>
/// <param name="Id">Stable identifier, e.g. <c>cancer_stage12</c>.</param>
/// <param name="Title">Short title.</param>
/// <param name="Description">Plain-English meaning.</param>
/// <param name="Rationale">Why it matters for health inequalities.</param>
/// <param name="Source">Where the data comes from.</param>
/// <param name="Measure">Measure type.</param>
/// <param name="Multiplier">Scale of the published value (100 for a percentage, 100000 per 100,000).</param>
/// <param name="Polarity">Whether higher is better.</param>
/// <param name="Period">The kind of period it is reported by, when the catalogue says.</param>
/// <param name="Target">The target on the published scale, if any.</param>
/// <param name="DenominatorIsPersonYears">True when the denominator is person-years of time at risk rather than a count.</param>
public sealed record CatalogueEntry(
    string Id,
    string Title,
    string Description,
    string Rationale,
    string Source,
    MeasureType Measure,
    double Multiplier,
    Polarity Polarity,
    PeriodKind? Period,
    IndicatorTarget? Target,
    bool DenominatorIsPersonYears = false)
{
    /// <summary>The entry of a definition.</summary>
    public static CatalogueEntry Of(IndicatorDefinition d) =>
        new(d.Id, d.Title, d.Description, d.Rationale, d.Source, d.Measure, d.Multiplier, d.Polarity, d.Period.Kind, d.Target, d.CountsTimeAtRisk);

    /// <summary>What the published denominator counts: <c>person_years</c> (whole years of time at risk, each rounded on its own, so they need not add up exactly) or <c>count</c>.</summary>
    public string DenominatorName => DenominatorIsPersonYears ? "person_years" : "count";

    /// <summary>True when a higher value is better, false when lower is better, null when neither.</summary>
    public bool? HigherIsBetter => Polarity switch
    {
        Polarity.HigherBetter => true,
        Polarity.LowerBetter => false,
        _ => null,
    };

    /// <summary>True when the value is a percentage.</summary>
    public bool IsPercentage => Multiplier == 100 && Measure == MeasureType.Proportion;

    /// <summary>True when the value is observed over expected (measure <c>isr</c>).</summary>
    public bool IsObservedVsExpected => Measure == MeasureType.IndirectlyStandardisedRatio;

    /// <summary>The measure as written in definition files and catalogue.json (<c>proportion</c>, <c>dsr</c>, …).</summary>
    public string MeasureName => CatalogueMarkdown.MeasureName(Measure);

    /// <summary>The polarity as written in definition files and catalogue.json (<c>higher-better</c>, …).</summary>
    public string PolarityName => CatalogueMarkdown.PolarityName(Polarity);
}
