using HealthGap.Core.Reference;
using HealthGap.Synthetic.Events;
using HealthGap.Synthetic.Population;
using HealthGap.Synthetic.Truth;

namespace HealthGap.Synthetic;

/// <summary>Everything the shards share, read-only while they run.</summary>
internal sealed class SynthContext
{
    public SynthContext(SynthOptions options, ReferenceData reference, IcbProfile icb, CodeLists codes)
    {
        Options = options;
        Reference = reference;
        Icb = icb;
        Codes = codes;
        Years = (options.To.DayNumber - options.From.DayNumber + 1) / 365.25;
        Plans = LsoaPlan.Create(icb.Lsoas, options.Scale, options.Seed, Years);
        TotalPeople = Plans.Sum(p => (long)p.People);
        NhsNumbers = new NhsNumbers(TotalPeople);
        Practices = new PracticeDirectory(icb);
        Planted = new PlantedValues();
        Mortality = new Mortality(Planted);
        Demography = new Demography(reference, Mortality);
        LsoasByDecile = Enumerable.Range(1, 10)
            .Select(d => (IReadOnlyList<Lsoa>)icb.Lsoas.Where(l => l.ImdDecile == d).ToArray())
            .ToArray();
        FhirStride = options.FhirSample <= 0 ? 0 : Math.Max(1, TotalPeople / options.FhirSample);
        Calibration = new Calibration(this);
    }

    public SynthOptions Options { get; }

    public ReferenceData Reference { get; }

    public IcbProfile Icb { get; }

    public CodeLists Codes { get; }

    public double Years { get; }

    public IReadOnlyList<LsoaPlan> Plans { get; }

    public long TotalPeople { get; }

    public NhsNumbers NhsNumbers { get; }

    public PracticeDirectory Practices { get; }

    public PlantedValues Planted { get; }

    public Mortality Mortality { get; }

    public Demography Demography { get; }

    public Calibration Calibration { get; }

    /// <summary>The ICB's LSOAs by national decile (index 0 = decile 1): where movers move to.</summary>
    public IReadOnlyList<IReadOnlyList<Lsoa>> LsoasByDecile { get; }

    /// <summary>Every n-th person also goes to the FHIR sample (0 = no FHIR output).</summary>
    public long FhirStride { get; }

    public DateOnly From => Options.From;

    public DateOnly To => Options.To;
}
