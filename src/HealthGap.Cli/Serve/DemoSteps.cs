using HealthGap.Cli.Ingest;
using HealthGap.Cli.Report;
using HealthGap.Cli.Synth;
using HealthGap.Cli.WaitingList;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Reference;
using HealthGap.Core.WaitingList;
using HealthGap.Synthetic;

namespace HealthGap.Cli.Serve;

/// <summary>
/// The demo's steps through the same API calls as <c>synth</c>, <c>ingest</c>, <c>report</c> and
/// <c>waiting-list</c>, with the same progress bars and the same summaries on <paramref name="output"/>.
/// </summary>
internal sealed class DemoSteps(TextWriter output, TextWriter error) : IDemoSteps
{
    /// <inheritdoc />
    public void Synthesise(SynthOptions options) =>
        SynthCommand.WriteSummary(SynthCommand.Run(options, ReferenceData.Load(options.Paths.ReferenceDataDir)), options, output);

    /// <inheritdoc />
    public void Ingest(string extracts, string store) =>
        IngestCommand.Run(IngestCommand.Options(extracts, store, keyFile: null, Core.Store.MemoryLimit.Default.Text, error), output);

    /// <inheritdoc />
    public void Report(string store, string results, IReadOnlyList<string> areaTypes, string period)
    {
        // What `healthgap report --store S --out R --area-type ... --period P` runs, through the same API.
        var request = new ReportRequest(store, ReportCommand.LoadLibrary(null, [])) { AreaTypes = areaTypes, Period = period, Paths = CliEnvironment.Paths };
        ReportCommand.RunAndWrite(request, results, output);
    }

    /// <inheritdoc />
    public void WaitingList(string store, WaitingListPeriod period, string outDir) =>
        WaitingListCommand.Run(store, period, outDir, output);
}
