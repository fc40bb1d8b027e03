using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HealthGap.Cli.Serve;
using HealthGap.Web;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Web targets: the indicator page's p95 latency with 20 concurrent clients &lt; 150 ms, and
/// <c>healthgap serve</c> cold start (new process to first page) &lt; 5 s. Serves the demo results
/// (<c>./healthgap-data/results</c>) when they exist, else the shipped SAMPLE results; loopback only.
/// Uses Debian's <c>wrk</c> when it is installed, else an in-process load loop of 20 workers.
/// </summary>
internal sealed class WebBenchmark : IBenchmark
{
    private const int Clients = 20;
    private const int ColdStarts = 3;
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(10);
    private const int MaxRequests = 20_000;

    public string Name => "web";

    public string Description => "indicator page p95 < 150 ms with 20 concurrent clients; serve cold start < 5 s";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var results = File.Exists(Path.Combine(WebOptions.DefaultResultsDirectory, "indicators.csv"))
            ? WebOptions.DefaultResultsDirectory
            : DemoCommand.SampleResultsDirectory;
        var coldStarts = Enumerable.Range(0, ColdStarts).Select(_ => ColdStartSeconds(results)).Order().ToArray();
        context.Output.WriteLine($"serve cold starts (s): {string.Join(", ", coldStarts.Select(c => c.ToString("0.00", CultureInfo.InvariantCulture)))}");

        using var app = ServeRunner.Start(new WebOptions { ResultsDirectory = results, Urls = "http://127.0.0.1:0", Quiet = true });
        var url = ServeRunner.Addresses(app)[0] + "/indicator/" + FirstIndicator(results);
        var load = WebLoad.Run(url, Clients, LoadDuration, MaxRequests, context);
        app.StopAsync().GetAwaiter().GetResult();
        return
        [
            new("serve cold start to first page (median of 3 processes)", coldStarts[ColdStarts / 2], "s", "< 5 s", coldStarts[ColdStarts / 2] < 5),
            new($"indicator page p95, {Clients} concurrent clients ({load.Tool})", load.P95Milliseconds, "ms", "< 150 ms", load.P95Milliseconds < 150),
            new("indicator page median", load.MedianMilliseconds, "ms", "", null),
            new("indicator page throughput", load.RequestsPerSecond, "req/s", "", null),
        ];
    }

    private static string FirstIndicator(string results)
    {
        var line = File.ReadLines(Path.Combine(results, "indicators.csv")).Skip(1).First();
        return line[..line.IndexOf(',', StringComparison.Ordinal)];
    }

    private static double ColdStartSeconds(string results)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find the healthgap executable.");
        var url = "http://127.0.0.1:" + FreePort().ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(self, ["serve", "--results", results, "--urls", url])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        try
        {
            while (stopwatch.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    if (client.GetAsync(url + "/").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                    {
                        return stopwatch.Elapsed.TotalSeconds;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet, or too slow to answer within the client timeout: keep waiting.
                }

                Thread.Sleep(25);
            }

            return double.PositiveInfinity;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
