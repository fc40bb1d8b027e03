using System.CommandLine;
using HealthGap.Web;

namespace HealthGap.Cli.Serve;

/// <summary>
/// <c>healthgap demo</c>: one command from a fresh clone to a served page. Serves the results in the
/// data folder when a report has been written there; otherwise serves the SAMPLE result files that
/// ship beside the binaries, which every page labels as invented.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The shipped sample results folder beside the binaries.</summary>
    public static string SampleResultsDirectory => Path.Combine(AppContext.BaseDirectory, "SampleResults");

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
            already holds a report (results/indicators.csv), that is served. Otherwise the SAMPLE
            results shipped with HealthGap are served: invented figures in the report's exact format,
            labelled "Sample figures" on every page.

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
            var results = Path.Combine(parse.GetValue(data)!, "results");
            if (!File.Exists(Path.Combine(results, "indicators.csv")))
            {
                output.WriteLine($"No report in {Path.GetFullPath(results)}: serving the SAMPLE results shipped with HealthGap (invented figures, labelled on every page).");
                results = SampleResultsDirectory;
            }

            return ServeRunner.Run(new WebOptions { ResultsDirectory = results, Urls = parse.GetValue(urls) }, output);
        });
        return command;
    }
}
