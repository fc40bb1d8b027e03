namespace HealthGap.Core.Statistics;

/// <summary>The scale of the indicator behind an SII (the package's <c>value_type</c>).</summary>
public enum SiiValueType
{
    /// <summary>0: any other value (e.g. life expectancy); simulated on its own scale.</summary>
    Other = 0,

    /// <summary>1: a rate; simulated on the log scale.</summary>
    Rate = 1,

    /// <summary>2: a proportion in [0, 1]; simulated on the logit scale.</summary>
    Proportion = 2,
}
