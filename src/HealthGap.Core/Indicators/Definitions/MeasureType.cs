namespace HealthGap.Core.Indicators.Definitions;

/// <summary>How an indicator's value is computed from its counts.</summary>
public enum MeasureType
{
    /// <summary>Numerator people / denominator people (Wilson score interval).</summary>
    Proportion,

    /// <summary>Events per population (Byar's interval).</summary>
    CrudeRate,

    /// <summary>Directly age-standardised rate, ESP2013 (Dobson interval).</summary>
    DirectlyStandardisedRate,

    /// <summary>Life expectancy at birth (Chiang II abridged life table): numerator deaths, denominator population.</summary>
    LifeExpectancy,

    /// <summary>
    /// Observed vs expected (indirectly standardised ratio, PHEindicatormethods <c>calculate_ISRatio</c>):
    /// numerator people over the expected number from the definition's reference rates applied to the
    /// population by age band and sex; exact limits below 10 observed, Byar's from 10.
    /// </summary>
    IndirectlyStandardisedRatio,
}
