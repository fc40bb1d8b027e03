using HealthGap.Core.Ingest;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>One ingest of a fixture shared by a test class (ingests hit the disk; once per class is enough).</summary>
public abstract class IngestedFixture : IDisposable
{
    private readonly IngestHarness _harness = new();

    protected IngestedFixture(string fixture)
    {
        Summary = _harness.Ingest(fixture);
    }

    internal IngestHarness Harness => _harness;

    internal IngestSummary Summary { get; }

    public void Dispose()
    {
        _harness.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The dirty fixture, ingested once.</summary>
public sealed class DirtyIngest : IngestedFixture
{
    public DirtyIngest()
        : base("dirty")
    {
    }
}

/// <summary>The valid fixture, ingested once.</summary>
public sealed class ValidIngest : IngestedFixture
{
    public ValidIngest()
        : base("valid")
    {
    }
}
