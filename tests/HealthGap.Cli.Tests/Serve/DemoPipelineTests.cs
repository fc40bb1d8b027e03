using HealthGap.Cli.Serve;
using HealthGap.Core.Ingest;
using HealthGap.Core.WaitingList;
using HealthGap.Synthetic;

namespace HealthGap.Cli.Tests.Serve;

/// <summary>
/// <c>demo</c> makes its data by calling each step's API with typed options (never by re-running the CLI
/// with argument strings), runs only the steps the folder still needs, and stops at a failed required step.
/// </summary>
public sealed class DemoPipelineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hg-demo-pipeline-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public void Run_EmptyFolder_CallsEveryStepApiWithTypedOptions()
    {
        var steps = new RecordingSteps();

        Assert.True(new DemoPipeline(_folder, 0.05, _output, _error, steps).Run(), _error.ToString());

        Assert.Equal(["synth", "ingest", "report", "waiting-list"], steps.Calls);
        var synth = Assert.IsType<SynthOptions>(steps.Synth);
        Assert.Equal(new SynthOptions { Icb = "QE1", Scale = 0.05, To = new DateOnly(2025, 3, 31), FhirSample = 0, OutputDirectory = Path.Combine(_folder, "synthetic") }, synth);
        var store = Path.Combine(_folder, "healthgap.duckdb");
        Assert.Equal((Path.Combine(_folder, "synthetic"), store), steps.Ingested);
        Assert.Equal((store, Path.Combine(_folder, "results"), "icb sub_icb place", "2024-25"), steps.Reported);
        Assert.Equal(WaitingListPeriod.EndingAt(new DateOnly(2025, 3, 31)), steps.WaitingListPeriod);
        var printed = _output.ToString();
        Assert.Contains("demo [1/4] Generating a synthetic ICS", printed, StringComparison.Ordinal);
        Assert.Contains($"healthgap synth --icb QE1 --scale 0.05 --to 2025-03-31 --fhir-sample 0 --out {Path.Combine(_folder, "synthetic")}", printed, StringComparison.Ordinal);
        Assert.Contains("demo [4/4] done in", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StoreAlreadyMade_RunsOnlyReportAndWaitingList()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "healthgap.duckdb"), "");
        var steps = new RecordingSteps();

        Assert.True(new DemoPipeline(_folder, 0.05, _output, _error, steps).Run());

        Assert.Equal(["report", "waiting-list"], steps.Calls);
    }

    [Fact]
    public void Run_ReportAndWaitingListThere_RunsNothing()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "results", "waiting-list"));
        File.WriteAllText(Path.Combine(_folder, "healthgap.duckdb"), "");
        File.WriteAllText(Path.Combine(_folder, "results", "indicators.csv"), "");
        File.WriteAllText(Path.Combine(_folder, "results", "waiting-list", "open_waits.csv"), "");
        var steps = new RecordingSteps();

        Assert.True(new DemoPipeline(_folder, 0.05, _output, _error, steps).Run());

        Assert.Empty(steps.Calls);
        Assert.Contains("serving the report already in", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_IngestFails_StopsWithTheMessageAndNoReport()
    {
        var steps = new RecordingSteps { IngestFailure = new IngestException("the store could not take this batch") };

        Assert.False(new DemoPipeline(_folder, 0.05, _output, _error, steps).Run());

        Assert.Equal(["synth", "ingest"], steps.Calls);
        Assert.Contains("error: the store could not take this batch", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("demo: 'healthgap ingest' failed (exit 1)", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WaitingListFails_ReportStillServed()
    {
        var steps = new RecordingSteps { WaitingListFailure = new WaitingListStoreException("no waiting_list table") };

        Assert.True(new DemoPipeline(_folder, 0.05, _output, _error, steps).Run());

        Assert.Contains("demo: 'healthgap waiting-list' failed (exit 1)", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StepThrowsABug_NotSwallowed()
    {
        var steps = new RecordingSteps { IngestFailure = new InvalidOperationException("a bug") };

        Assert.Throws<InvalidOperationException>(() => new DemoPipeline(_folder, 0.05, _output, _error, steps).Run());
    }

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Records each typed call; "report" leaves the file the demo serves.</summary>
    private sealed class RecordingSteps : IDemoSteps
    {
        public List<string> Calls { get; } = [];

        public SynthOptions? Synth { get; private set; }

        public (string Extracts, string Store)? Ingested { get; private set; }

        public (string Store, string Results, string AreaTypes, string Period)? Reported { get; private set; }

        public WaitingListPeriod? WaitingListPeriod { get; private set; }

        public Exception? IngestFailure { get; init; }

        public Exception? WaitingListFailure { get; init; }

        public void Synthesise(SynthOptions options)
        {
            Calls.Add("synth");
            Synth = options;
        }

        public void Ingest(string extracts, string store)
        {
            Calls.Add("ingest");
            Ingested = (extracts, store);
            if (IngestFailure is not null)
            {
                throw IngestFailure;
            }
        }

        public void Report(string store, string results, IReadOnlyList<string> areaTypes, string period)
        {
            Calls.Add("report");
            Reported = (store, results, string.Join(' ', areaTypes), period);
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "indicators.csv"), "indicator_id\n");
        }

        public void WaitingList(string store, WaitingListPeriod period, string outDir)
        {
            Calls.Add("waiting-list");
            WaitingListPeriod = period;
            if (WaitingListFailure is not null)
            {
                throw WaitingListFailure;
            }
        }
    }
}
