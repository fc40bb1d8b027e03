using HealthGap.Core.Configuration;

namespace HealthGap.Synthetic;

/// <summary>What <c>healthgap synth</c> generates: which ICB, how big, which period, how dirty, where.</summary>
public sealed record SynthOptions
{
    /// <summary>Where the code lists the events are coded with are read from (the shipped copy by default).</summary>
    public HealthGapPaths Paths { get; init; } = HealthGapPaths.Shipped;

    /// <summary>ICB ODS code (<c>QE1</c>), GSS code or a unique part of its name.</summary>
    public string Icb { get; init; } = "QE1";

    /// <summary>Share of the real IoD2019 population to generate (1.0 = full size).</summary>
    public double Scale { get; init; } = 0.1;

    /// <summary>Random seed; the same seed and options give the same bytes.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>First day of the period.</summary>
    public DateOnly From { get; init; } = new(2021, 4, 1);

    /// <summary>Last day of the period; also the extract and indicator reference date.</summary>
    public DateOnly To { get; init; } = new(2025, 3, 31);

    /// <summary>Share of rows deliberately damaged (0 = clean).</summary>
    public double Dirty { get; init; } = 0.01;

    /// <summary>About how many people's GP data to also write as FHIR R4 NDJSON (0 = none).</summary>
    public int FhirSample { get; init; } = 2000;

    /// <summary>Folder the extracts, <c>fhir/</c> and <c>truth.json</c> are written to.</summary>
    public required string OutputDirectory { get; init; }
}
