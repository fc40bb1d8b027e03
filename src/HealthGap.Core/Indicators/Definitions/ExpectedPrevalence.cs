namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// Reference prevalence by age band and sex, from which an indicator's expected count is built
/// (<c>expected:</c> in a definition file; measure <c>isr</c>). Expected = Σ over ESP2013 age band ×
/// sex of the counted population × the band's rate, so it is additive like every other count. The
/// loader checks the rates lie in 0–1 and the bands cover the population with 5-year boundaries.
/// </summary>
/// <param name="Source">Where the rates come from (publication and year), shown in the catalogue.</param>
/// <param name="Rates">Contiguous age bands, youngest first; the last is open-ended.</param>
public sealed record ExpectedPrevalence(string Source, IReadOnlyList<ExpectedRate> Rates)
{
    /// <summary>
    /// The reference rate for ESP2013 band <paramref name="espBand"/> (0 = ages 0–4 … 18 = 90+) and sex
    /// M, F or U. Band boundaries are multiples of 5 after the first, so a whole ESP band has one rate; the
    /// ages of an ESP band below the first rate band (e.g. 15 in 15–19 when rates start at 16) are outside
    /// the population. Unknown sex takes the mean of the male and female rates.
    /// </summary>
    public double Rate(int espBand, string sex)
    {
        var age = Math.Max(espBand * 5, Rates[0].MinAge);
        var band = Rates.LastOrDefault(r => r.MinAge <= age) ?? Rates[0];
        return sex switch
        {
            "M" => band.Male,
            "F" => band.Female,
            _ => (band.Male + band.Female) / 2,
        };
    }
}
