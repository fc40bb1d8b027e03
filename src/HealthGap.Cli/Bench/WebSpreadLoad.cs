using System.Diagnostics;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Concurrent clients that each take the next address from a list, so every request asks for a
/// page nobody asked for before (no output-cache hit is possible). Unlike <see cref="WebLoad"/>,
/// a failed request is counted, not thrown: the figure to report is how many failed.
/// </summary>
internal static class WebSpreadLoad
{
    /// <summary>What one spread load gives.</summary>
    internal sealed record Result(int Requests, int Errors, double MedianMilliseconds, double P95Milliseconds, double P99Milliseconds, double RequestsPerSecond, double Seconds);

    /// <summary>Runs <paramref name="clients"/> clients over <paramref name="paths"/> (each asked for once) until they run out or <paramref name="duration"/> passes.</summary>
    public static Result Run(string baseUrl, IReadOnlyList<string> paths, int clients, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>[clients];
        var next = -1;
        var errors = 0;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
        {
            latencies[w] = [];
            int index;
            while (total.Elapsed < duration && (index = Interlocked.Increment(ref next)) < paths.Count)
            {
                var sw = Stopwatch.StartNew();
                try
                {
                    using var response = await client.GetAsync(paths[index]);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[w].Add(sw.Elapsed.TotalMilliseconds);
            }
        })).ToArray();
        Task.WaitAll(workers);
        var seconds = total.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(all.Length, errors, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length / seconds, seconds);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * p) - 1)];
}
