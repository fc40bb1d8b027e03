using System.Diagnostics;
using System.Globalization;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Latency under concurrent load: an in-process loop of HTTP clients (each waits for its answer
/// before asking again, like wrk's connections), and Debian's wrk as a cross-check when installed.
/// </summary>
internal static class WebLoad
{
    /// <summary>The figures one load run gives.</summary>
    internal sealed record Result(string Tool, double MedianMilliseconds, double P95Milliseconds, double P99Milliseconds, double RequestsPerSecond, long Bytes);

    /// <summary>Runs <paramref name="clients"/> concurrent clients against <paramref name="url"/> for <paramref name="duration"/>.</summary>
    public static Result InProcess(string url, int clients, TimeSpan duration, int maxRequests)
    {
        var bytes = WarmUp(url);
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
        var elapsed = total.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result("in-process HttpClient", Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length / elapsed, bytes);
    }

    /// <summary>The same load from Debian's wrk, or null when wrk is not installed.</summary>
    public static Result? Wrk(string url, int clients, TimeSpan duration, BenchmarkContext context)
    {
        if (FindWrk() is not { } wrk)
        {
            return null;
        }

        var bytes = WarmUp(url);
        // wrk prints p50/p75/p90/p99 only; this script prints the percentiles the targets use and the rate.
        var script = Path.Combine(context.WorkDirectory, "percentiles.lua");
        File.WriteAllText(script,
            "done = function(summary, latency, requests)\n" +
            "  io.write(string.format(\"p50_us=%.0f p95_us=%.0f p99_us=%.0f rps=%.1f\\n\", latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests / (summary.duration / 1e6)))\n" +
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
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("p50_us=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("wrk printed no summary: " + output);
        var fields = line.Split(' ').Select(f => f.Split('=')).ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture));
        return new Result("wrk", fields["p50_us"] / 1000, fields["p95_us"] / 1000, fields["p99_us"] / 1000, fields["rps"], bytes);
    }

    /// <summary>A few requests first so start-up work (JIT, first render, caches) is not counted; returns the page size.</summary>
    private static long WarmUp(string url)
    {
        using var client = new HttpClient();
        long bytes = 0;
        for (var i = 0; i < 20; i++)
        {
            bytes = client.GetByteArrayAsync(url).GetAwaiter().GetResult().LongLength;
        }

        return bytes;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * p) - 1)];

    private static string? FindWrk() =>
        CliEnvironment.SearchPath
            .Select(d => Path.Combine(d, "wrk"))
            .FirstOrDefault(File.Exists);
}
