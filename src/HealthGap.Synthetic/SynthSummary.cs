namespace HealthGap.Synthetic;

/// <summary>What a <c>healthgap synth</c> run produced.</summary>
/// <param name="People">People generated (registered at some point).</param>
/// <param name="RowsByFile">Clean rows per extract file (before injected dirt).</param>
/// <param name="DirtRows">Rows damaged or added as deliberate imperfections.</param>
/// <param name="FhirPeople">People also written as FHIR R4.</param>
/// <param name="Seconds">Wall-clock time.</param>
public sealed record SynthSummary(long People, IReadOnlyDictionary<string, long> RowsByFile, long DirtRows, long FhirPeople, double Seconds)
{
    /// <summary>Every clean row of every feed except the practice list: the "events" the speed target counts.</summary>
    public long Events => RowsByFile.Where(r => r.Key != "gp_practices.csv").Sum(r => r.Value);

    /// <summary>Events per second.</summary>
    public double EventsPerSecond => Seconds > 0 ? Events / Seconds : 0;
}
