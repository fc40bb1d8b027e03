using System.CommandLine;
using HealthGap.Web;

namespace HealthGap.Cli.Serve;

/// <summary>
/// <c>healthgap serve</c>: the web dashboards, public portal and API over a results folder written by
/// <c>healthgap report</c>, hosted in this process.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var results = new Option<string>("--results")
        {
            Description = "Results folder written by `healthgap report` (indicators.csv, inequalities.csv, catalogue.json, policy.json).",
            DefaultValueFactory = _ => WebOptions.DefaultResultsDirectory,
        };
        var urls = ListenAddress.UrlsOption();
        var port = ListenAddress.PortOption();
        var command = new Command(
            "serve",
            """
            Serve the HealthGap web app: the ICS overview, indicator and place pages, the waiting-list
            page, the public portal pages and the JSON API (OpenAPI at /api/openapi/v1.json). It shows
            only the figures in the results folder, which already passed the disclosure gate. A new
            `healthgap report` into the same folder shows without a restart. Ctrl+C stops it.

            Examples:
              healthgap serve
              healthgap serve --port 5081                     # another port on this machine
              healthgap serve --results ./healthgap-data/results --urls http://127.0.0.1:5080
              healthgap serve --urls "http://0.0.0.0:8080"     # listen on every interface (public portal)
            """)
        {
            results, urls, port,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(results)!;
            var listen = ListenAddress.Resolve(parse, urls, port);
            if (!File.Exists(Path.Combine(folder, "indicators.csv")))
            {
                throw new CliUsageException(
                    $"no results in '{Path.GetFullPath(folder)}' (indicators.csv is missing). Run `healthgap report --out {folder}` first, " +
                    "or `healthgap demo` to make a small synthetic ICS and serve it.");
            }

            return ServeRunner.Run(new WebOptions { ResultsDirectory = folder, Urls = listen }, parse.InvocationConfiguration.Output);
        });
        return command;
    }
}
