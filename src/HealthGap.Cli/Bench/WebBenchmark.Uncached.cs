using System.Globalization;

namespace HealthGap.Cli.Bench;

/// <summary>
/// <c>bench web --uncached</c>: pages the output cache cannot help with. A <c>serve</c> process of its
/// own (so its memory is measured alone) answers 200 concurrent clients, each request a page nobody
/// asked for before, spread over indicator × area × period × language (<see cref="WebPageSpread"/>).
/// Target: p95 &lt; 100 ms, no errors, memory bounded.
/// </summary>
internal sealed partial class WebBenchmark
{
    private const int UncachedClients = 200;
    /// <summary>
    /// Pages asked for first and not counted: the runtime compiles a method again, optimised, after it
    /// has run a while, and that work belongs to start-up, not to serving (demo indicator pages, one
    /// client: 5.6 ms of server CPU a page over the first 330, 1.8 ms after 1,000).
    /// </summary>
    private const int WarmUpPages = 1_500;
    private static readonly TimeSpan UncachedDuration = TimeSpan.FromSeconds(20);

    private static List<Measurement> RunUncached(string results, BenchmarkContext context)
    {
        var paths = WebPageSpread.Paths(results);
        context.Output.WriteLine(WebPageSpread.Describe(paths));
        using var server = ServeProcess.Start(results);
        // JIT and tiering, the reference data and the map outlines: pages not counted, from 8 clients.
        WebSpreadLoad.Run(server.Url, paths[..Math.Min(WarmUpPages, paths.Length / 4)], 8, TimeSpan.FromMinutes(2));
        var before = server.ResidentMegabytes();
        var measured = paths[Math.Min(WarmUpPages, paths.Length / 4)..];
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"server memory after warm-up {before:0} MB; {UncachedClients} clients, each request a page not asked for before, for up to {UncachedDuration.TotalSeconds:0} s"));
        var peak = before;
        var cpuBefore = server.CpuSeconds();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, server.ResidentMegabytes());
                await Task.Delay(100, CancellationToken.None);
            }
        });
        var load = WebSpreadLoad.Run(server.Url, measured, UncachedClients, UncachedDuration);
        stop.Cancel();
        sampler.Wait();
        var after = server.ResidentMegabytes();
        var cpuPerPage = (server.CpuSeconds() - cpuBefore) * 1000 / Math.Max(1, load.Requests);
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{load.Requests:N0} requests in {load.Seconds:0.0} s, {load.Errors} errors; p50 {load.MedianMilliseconds:0.0} ms, p95 {load.P95Milliseconds:0.0} ms, p99 {load.P99Milliseconds:0.0} ms; server CPU {cpuPerPage:0.00} ms a page; memory {before:0} -> peak {peak:0} -> {after:0} MB (load average {LoadAverage()})"));
        return
        [
            new($"uncached pages p95, {UncachedClients} concurrent clients, every request a new page", load.P95Milliseconds, "ms", "< 100 ms", load.P95Milliseconds < 100),
            new("uncached pages p50", load.MedianMilliseconds, "ms", "", null),
            new("uncached pages p99", load.P99Milliseconds, "ms", "", null),
            new("uncached pages throughput", load.RequestsPerSecond, "req/s", "", null),
            new("uncached pages requests", load.Requests, "", "", null),
            new("server CPU time per uncached page", cpuPerPage, "ms", "", null),
            new("uncached pages errors", load.Errors, "", "0", load.Errors == 0),
            new("server memory after warm-up", before, "MB", "", null),
            new("server memory peak under load", peak, "MB", "", null),
            new("server memory after load", after, "MB", "", null),
        ];
    }

    /// <summary>The machine's one-minute load average (Linux), to read the figures by; "n/a" elsewhere.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
