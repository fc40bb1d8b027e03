using HealthGap.Core.Reference;
using HealthGap.Synthetic.Tests.Truth;

namespace HealthGap.Synthetic.Tests;

/// <summary>
/// The runs the tests analyse, generated once: a clean QE1 at scale 0.02 (~38,000 people) with a
/// FHIR sample, and a small dirty one (5% of rows damaged) for the imperfection counts.
/// </summary>
public sealed class SynthFixture : IDisposable
{
    public SynthFixture()
    {
        Reference = ReferenceData.Load();
        Clean = new SynthRun(Reference, 0.02, 0, 150);
        Dirty = new SynthRun(Reference, 0.004, 0.05, 0, seed: 7);
        People = new PeopleIndex(Clean, Reference);
    }

    public ReferenceData Reference { get; }

    public SynthRun Clean { get; }

    public SynthRun Dirty { get; }

    /// <summary>The clean run's people, indexed from its registrations and GP events.</summary>
    internal PeopleIndex People { get; }

    public void Dispose()
    {
        Clean.Dispose();
        Dirty.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSynthRuns : ICollectionFixture<SynthFixture>
{
    public const string Name = "synthetic ICS";
}
