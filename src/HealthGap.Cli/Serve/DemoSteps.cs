using HealthGap.Cli.Ingest;
using HealthGap.Cli.Report;
using HealthGap.Cli.Synth;
using HealthGap.Cli.WaitingList;
using HealthGap.Core.Disclosure;
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
        // The seam to the report API: what `healthgap report --store S --out R --area-type ... --period P` runs.
        var definitions = ReportCommand.LoadLibrary(null, []);
        var (result, synthetic) = ReportCommand.Run(store, definitions, areaTypes, period);
        ReportFiles.Write(results, result, definitions, DisclosureGate.Standard.Policy, synthetic);
        output.WriteLine(
            $"wrote {result.Rows.Count} indicator rows and {result.Inequalities.Count} inequality rows for {definitions.Count} indicators to {results} ({DisclosureGate.Standard.Policy.Label})"
            + (synthetic ? "; the store holds synthetic extracts, so every figure is marked synthetic" : ""));
    }

    /// <inheritdoc />
    public void WaitingList(string store, WaitingListPeriod period, string outDir) =>
        WaitingListCommand.Run(store, period, outDir, output);
}
