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
/// Load comes from an in-process loop of 20 clients (the reported figure), cross-checked with Debian's
/// <c>wrk</c> when installed, then repeated with the output cache off to show the cost of rendering.
/// With <c>--uncached</c> it measures pages the cache cannot help with instead (WebBenchmark.Uncached.cs).
/// </summary>
internal sealed partial class WebBenchmark : IBenchmark
{
    private const int Clients = 20;
    private const int ColdStarts = 3;
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(10);
    private const int MaxRequests = 200_000;

    public string Name => "web";

    public string Description => "indicator page p95 < 150 ms with 20 concurrent clients; serve cold start < 5 s";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var results = File.Exists(Path.Combine(WebOptions.DefaultResultsDirectory, "indicators.csv"))
            ? WebOptions.DefaultResultsDirectory
            : DemoCommand.SampleResultsDirectory;
        context.Output.WriteLine($"results: {Path.GetFullPath(results)}");
        if (context.Uncached)
        {
            return RunUncached(results, context);
        }

        var coldStarts = Enumerable.Range(0, ColdStarts).Select(_ => ColdStartSeconds(results)).Order().ToArray();
        context.Output.WriteLine($"serve cold starts (s): {string.Join(", ", coldStarts.Select(c => c.ToString("0.00", CultureInfo.InvariantCulture)))}");
        var path = "/indicator/" + FirstIndicator(results);

        var cached = Load(results, path, outputCache: true, context, withWrk: true);
        var rendered = Load(results, path, outputCache: false, context, withWrk: false);
        var main = cached[0];
        var measurements = new List<Measurement>
        {
            new("serve cold start to first page (median of 3 processes)", coldStarts[ColdStarts / 2], "s", "< 5 s", coldStarts[ColdStarts / 2] < 5),
            new($"indicator page p95, {Clients} concurrent clients ({main.Tool})", main.P95Milliseconds, "ms", "< 150 ms", main.P95Milliseconds < 150),
            new("indicator page p50", main.MedianMilliseconds, "ms", "", null),
            new("indicator page p99", main.P99Milliseconds, "ms", "", null),
            new("indicator page throughput", main.RequestsPerSecond, "req/s", "", null),
            new("indicator page weight (HTML)", main.Bytes / 1024.0, "KB", "< 300 KB", main.Bytes < 300 * 1024),
        };
        measurements.AddRange(cached.Skip(1).SelectMany(r => Figures(r, "cross-check")));
        measurements.AddRange(rendered.SelectMany(r => Figures(r, "output cache off, every request rendered")));
        return measurements;
    }

    private static Measurement[] Figures(WebLoad.Result r, string what) =>
    [
        new($"indicator page p95 ({r.Tool}, {what})", r.P95Milliseconds, "ms", "", null),
        new($"indicator page p50 ({r.Tool}, {what})", r.MedianMilliseconds, "ms", "", null),
        new($"indicator page p99 ({r.Tool}, {what})", r.P99Milliseconds, "ms", "", null),
        new($"indicator page throughput ({r.Tool}, {what})", r.RequestsPerSecond, "req/s", "", null),
    ];

    /// <summary>Serves the results in this process and loads <paramref name="path"/> (then with wrk too, if asked and installed).</summary>
    private static List<WebLoad.Result> Load(string results, string path, bool outputCache, BenchmarkContext context, bool withWrk)
    {
        using var app = ServeRunner.Start(new WebOptions { ResultsDirectory = results, Urls = "http://127.0.0.1:0", Quiet = true, OutputCache = outputCache });
        var url = ServeRunner.Addresses(app)[0] + path;
        context.Output.WriteLine($"loading {path} with {Clients} clients for {LoadDuration.TotalSeconds:0} s (output cache {(outputCache ? "on" : "off")})");
        var list = new List<WebLoad.Result> { WebLoad.InProcess(url, Clients, LoadDuration, MaxRequests) };
        if (withWrk && WebLoad.Wrk(url, Clients, LoadDuration, context) is { } wrk)
        {
            list.Add(wrk);
        }

        app.StopAsync().GetAwaiter().GetResult();
        return list;
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
        // Run as "dotnet healthgap.dll", the host is dotnet: start the same way, not "dotnet serve".
        string[] host = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [typeof(WebBenchmark).Assembly.Location] : [];
        var start = new ProcessStartInfo(self, [.. host, "serve", "--results", results, "--urls", url])
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
