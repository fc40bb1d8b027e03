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
}
