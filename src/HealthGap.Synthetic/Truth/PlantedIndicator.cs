namespace HealthGap.Synthetic.Truth;

/// <summary>
/// How one planted indicator is described in <c>truth.json</c>: its meaning, its population and
/// numerator exactly as generated, the period, how the value is expressed and what to allow.
/// </summary>
/// <param name="Id">Indicator id from the indicator catalogue (or a report example's own id).</param>
/// <param name="Meaning">Plain words: what is planted.</param>
/// <param name="Population">The denominator exactly as generated.</param>
/// <param name="Numerator">The numerator exactly as generated.</param>
/// <param name="Period">The window, with dates.</param>
/// <param name="Measure">"proportion", "ratio", "per_10000", "per_100000" or "mean_weeks".</param>
/// <param name="Tolerance">What an analysis should allow.</param>
internal sealed record PlantedIndicator(string Id, string Meaning, string Population, string Numerator, string Period, string Measure, string Tolerance)
{
    /// <summary>Multiplier from the tallied ratio to the reported value.</summary>
    public double Multiplier => Measure switch
    {
        "per_10000" => 10_000,
        "per_100000" => 100_000,
        _ => 1,
    };
}
