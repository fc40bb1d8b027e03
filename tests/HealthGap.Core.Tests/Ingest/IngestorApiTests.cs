using HealthGap.Core.Ingest;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>The ingest as an API: typed options in, a summary out, progress through <see cref="IProgress{T}"/>, one batch per instance.</summary>
public sealed class IngestorApiTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Run_WithProgress_ReportsEveryFileThenTheMerge()
    {
        var reports = new List<IngestProgress>();

        var summary = new Ingestor(Options()).Run(new Recorder(reports));

        Assert.NotNull(summary.BatchId);
        Assert.Contains(reports, r => r.Stage == "gp_events.csv");
        var merging = Assert.Single(reports, r => r.Stage == "merging into the store");
        Assert.Equal(merging.BytesTotal, merging.BytesDone);
        Assert.Equal(summary.RecordsRead, merging.Records);
        Assert.Equal(merging, reports[^1]);
    }

    [Fact]
    public void Run_Twice_RefusedSoRunsNeverShareState()
    {
        var ingestor = new Ingestor(Options());
        ingestor.Run();

        Assert.Throws<InvalidOperationException>(() => ingestor.Run());
    }

    [Fact]
    public void Run_StoreIsAFolder_StoreExceptionBeforeReadingAnything()
    {
        var folder = Path.Combine(_harness.Folder, "a-folder");
        Directory.CreateDirectory(folder);

        var error = Assert.Throws<StoreException>(() => new Ingestor(Options() with { StorePath = folder }).Run());
        Assert.Contains("is a folder, not a store file", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private IngestOptions Options() => new(IngestHarness.Fixture("valid"), _harness.StorePath, IngestHarness.Key())
    {
        Reference = ReferenceData.Load(),
        Today = IngestHarness.Today,
        MemoryLimit = MemoryLimit.Parse("500MB"),
    };

    /// <summary>Records reports as they come (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class Recorder(List<IngestProgress> reports) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => reports.Add(value);
    }
}
