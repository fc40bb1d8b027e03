using System.Diagnostics;
using System.Globalization;
using HealthGap.Cli.Ingest;
using HealthGap.Core.WaitingList;
using HealthGap.Synthetic;

namespace HealthGap.Cli.Serve;

/// <summary>
/// Makes the demo's data — whichever of synth → ingest → report → waiting-list the data folder still
/// needs — by calling those steps' APIs with typed options (<see cref="IDemoSteps"/>), and says what it is
/// doing: one numbered line per step before it starts, with the command that would do the same by hand,
/// and one with its time after, so a first run never sits silent for minutes.
/// </summary>
internal sealed class DemoPipeline(string folder, double scale, TextWriter output, TextWriter error, IDemoSteps? steps = null)
{
    /// <summary>The area types the demo reports: no practices or PCNs (see <see cref="Steps"/>).</summary>
    public static readonly IReadOnlyList<string> DemoAreaTypes = ["icb", "sub_icb", "place"];

    private readonly IDemoSteps _steps = steps ?? new DemoSteps(output, error);

    /// <summary>
    /// The demo's size: 10% of QE1 (~190,000 people over the period). At 2% most deprivation figures
    /// were suppressed (counts under 8), life expectancy by decile was empty and the cancer indicators
    /// had nothing to show; at 10% every indicator has ICB figures and all but five rare child-health
    /// (and cancer-via-A&amp;E) counts have every IMD quintile published. More would slow the first run.
    /// </summary>
    public const double DefaultScale = 0.1;

    /// <summary>The last day of the synthetic data, and the waiting-list snapshot taken on it.</summary>
    public const string DemoEnd = "2025-03-31";

    /// <summary>The one period the demo reports: the last financial year (calendar 2024 for cancer registrations).</summary>
    public const string DemoPeriod = "2024-25";

    public string Results { get; } = Path.Combine(folder, "results");

    private string Extracts => Path.Combine(folder, "synthetic");

    private string Store => Path.Combine(folder, "healthgap.duckdb");

    private string WaitingList => Path.Combine(Results, "waiting-list");

    /// <summary>Runs the steps still needed; false (with the reason printed) when there is no report to serve.</summary>
    public bool Run()
    {
        var steps = Steps();
        if (steps.Count == 0)
        {
            output.WriteLine($"demo: serving the report already in {Path.GetFullPath(Results)} (delete {Path.GetFullPath(folder)} to make a new one).");
            return true;
        }

        output.WriteLine($"demo: {steps.Count} step(s) to make the demo data in {Path.GetFullPath(folder)}; each prints its progress and timing.");
        var total = Stopwatch.StartNew();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            output.WriteLine($"demo [{i + 1}/{steps.Count}] {step.What}");
            output.WriteLine("         healthgap " + step.ByHand);
            output.Flush();
            var stopwatch = Stopwatch.StartNew();
            try
            {
                step.Run();
            }
            catch (Exception ex) when ((HealthGapCommand.KnownFailure(ex) ?? WaitingListFailure(ex)) is { } known)
            {
                error.WriteLine(known.Message);
                error.WriteLine($"demo: 'healthgap {step.ByHand.Split(' ')[0]}' failed (exit {known.ExitCode}); see the message above.");
                if (step.Required)
                {
                    return false;
                }

                continue;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"demo [{i + 1}/{steps.Count}] done in {stopwatch.Elapsed.TotalSeconds:0} s ({total.Elapsed.TotalSeconds:0} s so far)."));
        }

        return File.Exists(Path.Combine(Results, "indicators.csv"));
    }

    // `healthgap waiting-list` reports an unreadable store itself (exit 1), so the root's list does not hold it.
    private static (string Message, int ExitCode)? WaitingListFailure(Exception ex) =>
        ex is WaitingListStoreException ? ($"error: {ex.Message}", ExitCodes.Failure) : null;

    /// <summary>What still has to be made, in order.</summary>
    private List<DemoStep> Steps()
    {
        var steps = new List<DemoStep>();
        var hasReport = File.Exists(Path.Combine(Results, "indicators.csv"));
        if (!File.Exists(Store) && !hasReport)
        {
            var end = DateOnly.ParseExact(DemoEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var synth = new SynthOptions { Paths = CliEnvironment.Paths, Icb = "QE1", Scale = scale, To = end, FhirSample = 0, OutputDirectory = Extracts };
            steps.Add(new(
                string.Create(CultureInfo.InvariantCulture, $"Generating a synthetic ICS: Lancashire and South Cumbria (QE1) at {scale:0.###} of its real population, four years of invented people and records."),
                string.Create(CultureInfo.InvariantCulture, $"synth --icb {synth.Icb} --scale {synth.Scale} --to {DemoEnd} --fhir-sample {synth.FhirSample} --out {Extracts}"),
                Required: true,
                () => _steps.Synthesise(synth)));
            steps.Add(new(
                $"Ingesting the extracts into the DuckDB store: checks, quarantine, pseudonyms, opt-outs. The pseudonymisation key goes to {Path.GetDirectoryName(IngestCommand.DemoKeyFile)}/, kept apart from the data on purpose: whoever holds both could re-identify people.",
                $"ingest {Extracts} --store {Store}",
                Required: true,
                () => _steps.Ingest(Extracts, Store)));
        }

        if (!hasReport)
        {
            // One period, and no practices or PCNs: the report is the slowest step, and a period costs as much
            // as the next; practice rows would make it several times slower and its files several times larger.
            // So the demo's pages have no direction of travel (it needs an earlier period). The indicators that pool
            // years (too few children or cancers in one year) also get the years ending with it pooled, which costs
            // their earlier years' queries but gives their deprivation groups published figures.
            steps.Add(new(
                $"Computing every indicator for {DemoPeriod} by deprivation, ethnicity, age, sex and PLUS group for the ICB, sub-ICBs and places (and 3 years pooled for small-number indicators, 5 for life expectancy), through the disclosure gate.",
                $"report --store {Store} --out {Results} --area-type {string.Join(' ', DemoAreaTypes)} --period {DemoPeriod}",
                Required: true,
                () => _steps.Report(Store, Results, DemoAreaTypes, DemoPeriod)));
        }

        if ((File.Exists(Store) || steps.Count > 0) && !File.Exists(Path.Combine(WaitingList, "open_waits.csv")))
        {
            var snapshot = WaitingListPeriod.EndingAt(DateOnly.ParseExact(DemoEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            steps.Add(new(
                $"Waiting-list equity tables on {DemoEnd} (the waiting-list page).",
                $"waiting-list --store {Store} --snapshot {DemoEnd} --out {WaitingList}",
                Required: false,
                () => _steps.WaitingList(Store, snapshot, WaitingList)));
        }

        return steps;
    }

    /// <summary>One step of the demo.</summary>
    /// <param name="What">What the step does, for the reader.</param>
    /// <param name="ByHand">The <c>healthgap</c> command line that would do the same by hand: printed, never parsed.</param>
    /// <param name="Required">Whether the report depends on it (a failed optional step is skipped).</param>
    /// <param name="Run">The typed API call.</param>
    private sealed record DemoStep(string What, string ByHand, bool Required, Action Run);
}
