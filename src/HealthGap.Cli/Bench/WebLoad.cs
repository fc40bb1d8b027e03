using System.Diagnostics;
using System.Globalization;

namespace HealthGap.Cli.Bench;

/// <summary>Latency under concurrent load: Debian's wrk when installed, else an in-process loop of HTTP clients.</summary>
internal static class WebLoad
{
    /// <summary>The figures one load run gives.</summary>
    internal sealed record Result(string Tool, double P95Milliseconds, double MedianMilliseconds, double RequestsPerSecond);

    public static Result Run(string url, int clients, TimeSpan duration, int maxRequests, BenchmarkContext context)
    {
        WarmUp(url);
        return FindWrk() is { } wrk ? RunWrk(wrk, url, clients, duration, context) : RunInProcess(url, clients, duration, maxRequests);
    }

    private static void WarmUp(string url)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 20; i++)
        {
            client.GetStringAsync(url).GetAwaiter().GetResult();
        }
    }

    private static Result RunInProcess(string url, int clients, TimeSpan duration, int maxRequests)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients };
        using var client = new HttpClient(handler);
        var latencies = new List<double>[clients];
        var count = 0;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
        {
            latencies[w] = [];
            while (total.Elapsed < duration && Interlocked.Increment(ref count) <= maxRequests)
            {
                var sw = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                latencies[w].Add(sw.Elapsed.TotalMilliseconds);
            }
        })).ToArray();
        Task.WaitAll(workers);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result("in-process HttpClient", all[(int)(all.Length * 0.95)], all[all.Length / 2], all.Length / total.Elapsed.TotalSeconds);
    }

    private static Result RunWrk(string wrk, string url, int clients, TimeSpan duration, BenchmarkContext context)
    {
        // wrk prints p50/p75/p90/p99 only; this script prints the 50th and 95th percentiles and the rate.
        var script = Path.Combine(context.WorkDirectory, "p95.lua");
        File.WriteAllText(script,
            "done = function(summary, latency, requests)\n" +
            "  io.write(string.format(\"p50_us=%.0f p95_us=%.0f rps=%.1f\\n\", latency:percentile(50), latency:percentile(95), summary.requests / (summary.duration / 1e6)))\n" +
            "end\n");
        var start = new ProcessStartInfo(wrk,
            ["-t2", "-c" + clients.ToString(CultureInfo.InvariantCulture), "-d" + ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s", "-s", script, url])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').First(l => l.StartsWith("p50_us=", StringComparison.Ordinal));
        var fields = line.Split(' ').Select(f => f.Split('=')).ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture));
        return new Result("wrk", fields["p95_us"] / 1000, fields["p50_us"] / 1000, fields["rps"]);
    }

    private static string? FindWrk() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "wrk"))
            .FirstOrDefault(File.Exists);
}
