using System.Diagnostics;
using System.Globalization;
using HealthGap.Cli.Ingest;

namespace HealthGap.Cli.Serve;

/// <summary>
/// Makes the demo's data with the CLI's own commands — whichever of synth → ingest → report →
/// waiting-list the data folder still needs — and says what it is doing: one numbered line per step
/// before it starts and one with its time after, so a first run never sits silent for minutes.
/// </summary>
internal sealed class DemoPipeline(string folder, double scale, TextWriter output, TextWriter error)
{
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
            var (what, args, required) = steps[i];
            output.WriteLine($"demo [{i + 1}/{steps.Count}] {what}");
            output.WriteLine("         healthgap " + string.Join(' ', args));
            output.Flush();
            var stopwatch = Stopwatch.StartNew();
            var exit = HealthGapCommand.Run(args, output, error);
            if (exit != ExitCodes.Success)
            {
                error.WriteLine($"demo: 'healthgap {args[0]}' failed (exit {exit}); see the message above.");
                if (required)
                {
                    return false;
                }

                continue;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"demo [{i + 1}/{steps.Count}] done in {stopwatch.Elapsed.TotalSeconds:0} s ({total.Elapsed.TotalSeconds:0} s so far)."));
        }

        return File.Exists(Path.Combine(Results, "indicators.csv"));
    }

    /// <summary>What still has to be made: each step's description, its command line, and whether the report depends on it.</summary>
    private List<(string What, string[] Args, bool Required)> Steps()
    {
        var steps = new List<(string, string[], bool)>();
        var hasReport = File.Exists(Path.Combine(Results, "indicators.csv"));
        if (!File.Exists(Store) && !hasReport)
        {
            steps.Add((string.Create(CultureInfo.InvariantCulture, $"Generating a synthetic ICS: Lancashire and South Cumbria (QE1) at {scale:0.###} of its real population, four years of invented people and records."),
                ["synth", "--icb", "QE1", "--scale", scale.ToString(CultureInfo.InvariantCulture), "--to", DemoEnd, "--fhir-sample", "0", "--out", Extracts], true));
            steps.Add(($"Ingesting the extracts into the DuckDB store: checks, quarantine, pseudonyms, opt-outs. The pseudonymisation key goes to {Path.GetDirectoryName(IngestCommand.DemoKeyFile)}/, kept apart from the data on purpose: whoever holds both could re-identify people.",
                ["ingest", Extracts, "--store", Store], true));
        }

        if (!hasReport)
        {
            // One period, and no practices or PCNs: the report is the slowest step, and a period costs as much
            // as the next; practice rows would make it several times slower and its files several times larger.
            // So the demo's pages have no direction of travel (it needs an earlier period).
            steps.Add(($"Computing every indicator for {DemoPeriod} by deprivation, ethnicity, age, sex and PLUS group for the ICB, sub-ICBs and places, through the disclosure gate.",
                ["report", "--store", Store, "--out", Results, "--area-type", "icb", "sub_icb", "place", "--period", DemoPeriod], true));
        }

        if ((File.Exists(Store) || steps.Count > 0) && !File.Exists(Path.Combine(WaitingList, "open_waits.csv")))
        {
            steps.Add(($"Waiting-list equity tables on {DemoEnd} (the waiting-list page).",
                ["waiting-list", "--store", Store, "--snapshot", DemoEnd, "--out", WaitingList], false));
        }

        return steps;
    }
}
