using System.CommandLine;
using System.Globalization;
using HealthGap.Web;

namespace HealthGap.Cli.Serve;

/// <summary>
/// <c>healthgap demo</c>: one command from a fresh clone to a served page. When the data folder has
/// no report yet it makes one with <see cref="DemoPipeline"/> (synth → ingest → report → waiting-list),
/// then serves the results. If that pipeline fails it says why and serves the SAMPLE result files that
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
        var scale = new Option<double>("--scale")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Size of the synthetic ICS as a share of the real population (default {DemoPipeline.DefaultScale}: every indicator published for the ICB, and all but a few rare child-health counts by deprivation). Used only when the data folder is empty."),
            DefaultValueFactory = _ => DemoPipeline.DefaultScale,
        };
        scale.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or > 1)
            {
                result.AddError("--scale must be more than 0 and at most 1 (1 = the ICB's full population).");
            }
        });
        var urls = ListenAddress.UrlsOption();
        var port = ListenAddress.PortOption();
        var command = new Command(
            "demo",
            string.Create(CultureInfo.InvariantCulture, $"""
            Try HealthGap in one command: serve the web app and print its address. If the data folder
            already holds a report (results/indicators.csv), that is served. Otherwise demo makes one, printing
            each step as it goes: a synthetic ICS (synth --icb QE1 --scale {DemoPipeline.DefaultScale}: Lancashire and South
            Cumbria at {DemoPipeline.DefaultScale * 100:0}% of its real size, every person invented) → ingest → report (financial
            year {DemoPipeline.DemoPeriod}, so no direction of travel, and the years ending with it pooled for the indicators
            that pool them; ICB, sub-ICB and place, not PCNs or practices)
            → the waiting-list equity tables, all under the data folder.
            The pseudonymisation key ingest makes goes to ./healthgap-data-key/, apart from the data.
            If that fails, the SAMPLE results shipped with HealthGap are served instead: invented
            figures in the report's format, labelled "Sample figures" on every page.

            Examples:
              healthgap demo
              healthgap demo --port 5081
              healthgap demo --scale 0.02 --data ./small-demo     # quicker, but most deprivation figures are suppressed
            """))
        {
            data, scale, urls, port,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var listen = ListenAddress.Resolve(parse, urls, port);
            var pipeline = new DemoPipeline(parse.GetValue(data)!, parse.GetValue(scale), output, parse.InvocationConfiguration.Error);
            var results = pipeline.Results;
            if (!pipeline.Run())
            {
                output.WriteLine($"No report in {Path.GetFullPath(results)}: serving the SAMPLE results shipped with HealthGap (invented figures, labelled on every page).");
                results = SampleResultsDirectory;
            }

            return ServeRunner.Run(new WebOptions { ResultsDirectory = results, Urls = listen }, output);
        });
        return command;
    }
}
