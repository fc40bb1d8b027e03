namespace HealthGap.Core.Reference;

/// <summary>One five-year age band of a standard population.</summary>
/// <param name="Label">Band label as published, e.g. <c>0-4</c>, <c>90+</c>.</param>
/// <param name="LowerAge">First age in the band.</param>
/// <param name="UpperAge">Last age in the band, or null for the open top band.</param>
/// <param name="Weight">Standard population in the band.</param>
public sealed record StandardAgeBand(string Label, int LowerAge, int? UpperAge, int Weight)
{
    /// <summary>True when <paramref name="age"/> falls in this band.</summary>
    public bool Contains(int age) => age >= LowerAge && (UpperAge is null || age <= UpperAge);
}

/// <summary>
/// The 2013 European Standard Population (19 five-year bands, 0–4 to 90+, total 100,000): the
/// standard used by ONS and OHID for directly age-standardised rates.
/// </summary>
public sealed class StandardPopulation
{
    internal StandardPopulation(IReadOnlyList<StandardAgeBand> bands)
    {
        Bands = bands;
    }

    /// <summary>The bands in age order.</summary>
    public IReadOnlyList<StandardAgeBand> Bands { get; }

    /// <summary>Sum of the weights (100,000 for ESP2013).</summary>
    public int Total => Bands.Sum(b => b.Weight);

    /// <summary>Index (0-based) of the band that holds <paramref name="age"/>.</summary>
    public int BandIndexFor(int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        for (var i = 0; i < Bands.Count; i++)
        {
            if (Bands[i].Contains(age))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(age), age, "No standard population band holds this age.");
    }
}
