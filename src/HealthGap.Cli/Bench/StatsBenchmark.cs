using System.Diagnostics;
using System.Globalization;
using HealthGap.Core.Statistics;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Statistics targets: a 1M-row rate CSV through <c>healthgap stats rate</c> end to end (read,
/// compute, write) &lt; 3 s, and SII with 100,000 repetitions for 100 areas × 10 deciles &lt; 5 s.
/// </summary>
internal sealed class StatsBenchmark : IBenchmark
{
    public string Name => "stats";

    public string Description => "1M-row 'stats rate' CSV < 3 s; SII 100,000 reps × 100 areas × 10 deciles < 5 s";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var input = Path.Combine(context.WorkDirectory, "rate_1m.csv");
        var output = Path.Combine(context.WorkDirectory, "rate_1m_out.csv");
        WriteRateCsv(input, 1_000_000);

        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var exit = HealthGapCommand.Run(["stats", "rate", "--input", input, "--output", output, "--confidence", "0.95,0.998"], TextWriter.Null, context.Output);
        var rateSeconds = stopwatch.Elapsed.TotalSeconds;
        self.Refresh();
        var rateCpu = (self.TotalProcessorTime - cpu).TotalSeconds;
        if (exit != 0)
        {
            throw new InvalidOperationException($"stats rate failed with exit code {exit}");
        }

        var areas = Enumerable.Range(0, 100).Select(a => (IReadOnlyList<SiiQuantile>)Enumerable.Range(1, 10)
            .Select(d => new SiiQuantile(d, 10_000 + (a * 37), 70 + d + (a % 5), StandardError: 0.8 + (d * 0.01))).ToArray()).ToArray();
        cpu = self.TotalProcessorTime;
        stopwatch.Restart();
        var batch = SlopeIndexOfInequality.CalculateAll(areas, new SiiOptions(Seed: 1));
        var siiSeconds = stopwatch.Elapsed.TotalSeconds;
        self.Refresh();
        var siiCpu = (self.TotalProcessorTime - cpu).TotalSeconds;
        GC.KeepAlive(batch);

        return
        [
            new("stats rate, 1,000,000-row CSV in-process end to end", rateSeconds, "s", "< 3 s", rateSeconds < 3),
            new("  CPU time used (all threads; wall time above grows when the machine is shared)", rateCpu, "s", "", null),
            new("SII 100,000 reps, 100 areas × 10 deciles", siiSeconds, "s", "< 5 s", siiSeconds < 5),
            new("  CPU time used (all threads, parallel over areas)", siiCpu, "s", "", null),
        ];
    }

    private static void WriteRateCsv(string path, int rows)
    {
        var random = new Random(42);
        using var writer = new StreamWriter(path);
        writer.Write("area,numerator,denominator\n");
        for (var i = 0; i < rows; i++)
        {
            var denominator = random.Next(100, 200_000);
            var numerator = random.Next(0, Math.Max(1, denominator / 50));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"E01{i:D6},{numerator},{denominator}\n"));
        }
    }
}
