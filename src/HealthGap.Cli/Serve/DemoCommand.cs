using System.CommandLine;
using HealthGap.Web;

namespace HealthGap.Cli.Serve;

/// <summary>
/// <c>healthgap demo</c>: one command from a fresh clone to a served page. When the data folder has
/// no report yet it runs synth (small scale) → ingest → report → waiting-list through the CLI's own
/// commands, then serves the results. If that pipeline fails it says why and serves the SAMPLE
/// result files that ship beside the binaries, which every page labels as invented.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The shipped sample results folder beside the binaries.</summary>
    public static string SampleResultsDirectory => Path.Combine(AppContext.BaseDirectory, "SampleResults");

    /// <summary>The last day of the synthetic data, and the waiting-list snapshot taken on it.</summary>
    private const string DemoEnd = "2025-03-31";

    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "HealthGap data folder; its results/ sub-folder is served when it holds a report.",
            DefaultValueFactory = _ => "./healthgap-data",
        };
        var urls = ServeCommand.UrlsOption();
        var command = new Command(
            "demo",
            """
            Try HealthGap in one command: serve the web app and print its address. If the data folder
            already holds a report (results/indicators.csv), that is served. Otherwise demo makes one:
            a small synthetic ICS (synth --scale 0.02) → ingest → report, then the waiting-list equity
            tables (waiting-list --snapshot 2025-03-31 into results/waiting-list), all under the data folder.
            If that fails, the SAMPLE results shipped with HealthGap are served instead: invented
            figures in the report's format, labelled "Sample figures" on every page.

            Examples:
              healthgap demo
              healthgap demo --urls http://127.0.0.1:5081
            """)
        {
            data, urls,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = parse.GetValue(data)!;
            var results = Path.Combine(folder, "results");
            if (!MakeDemoData(folder, results, output, parse.InvocationConfiguration.Error))
            {
                output.WriteLine($"No report in {Path.GetFullPath(results)}: serving the SAMPLE results shipped with HealthGap (invented figures, labelled on every page).");
                results = SampleResultsDirectory;
            }

            return ServeRunner.Run(new WebOptions { ResultsDirectory = results, Urls = parse.GetValue(urls) }, output);
        });
        return command;
    }

    /// <summary>
    /// Runs whichever of synth → ingest → report → waiting-list the folder still needs; false (with
    /// the reason printed) when there is no report to serve. A failed waiting-list step only leaves
    /// that page explaining how to produce it.
    /// </summary>
    private static bool MakeDemoData(string folder, string results, TextWriter output, TextWriter error)
    {
        var extracts = Path.Combine(folder, "synthetic");
        var store = Path.Combine(folder, "healthgap.duckdb");
        var hasReport = File.Exists(Path.Combine(results, "indicators.csv"));
        string[][] steps =
        [
            .. File.Exists(store) || hasReport ? Array.Empty<string[]>() : [["synth", "--scale", "0.02", "--to", DemoEnd, "--fhir-sample", "0", "--out", extracts], ["ingest", extracts, "--store", store]],
            // Practices and PCNs are left out of the demo report: at this scale most of their cells are
            // suppressed anyway, and they would make the served files several times larger.
            .. hasReport ? Array.Empty<string[]>() : [["report", "--store", store, "--out", results, "--area-type", "icb", "sub_icb", "place"]],
        ];
        if (!Run(steps, output, error) || !File.Exists(Path.Combine(results, "indicators.csv")))
        {
            return false;
        }

        var waiting = Path.Combine(results, "waiting-list");
        if (File.Exists(store) && !File.Exists(Path.Combine(waiting, "open_waits.csv")))
        {
            Run([["waiting-list", "--store", store, "--snapshot", DemoEnd, "--out", waiting]], output, error);
        }

        return true;
    }

    private static bool Run(string[][] steps, TextWriter output, TextWriter error)
    {
        foreach (var step in steps)
        {
            output.WriteLine("demo: healthgap " + string.Join(' ', step));
            output.Flush();
            var exit = HealthGapCommand.Run(step, output, error);
            if (exit != ExitCodes.Success)
            {
                error.WriteLine($"demo: 'healthgap {step[0]}' failed (exit {exit}); see the message above.");
                return false;
            }
        }

        return true;
    }
}
