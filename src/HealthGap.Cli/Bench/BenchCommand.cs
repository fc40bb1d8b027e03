using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using HealthGap.Cli.Output;

namespace HealthGap.Cli.Bench;

/// <summary>
/// <c>healthgap bench [NAME...]</c>: the project's benchmark command. Each feature registers its
/// benchmark in <see cref="All"/>; figures are printed as a table and written to JSON so anyone can
/// re-run them and compare.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Every benchmark, in the order they run when none is named.</summary>
    private static IReadOnlyList<IBenchmark> All =>
    [
        new ReferenceBenchmark(),
        new IngestBenchmark(),
        new StatsBenchmark(),
        new SynthBenchmark(),
        new FundingBenchmark(),
        new WebBenchmark(),
        new WaitingListBenchmark(),
        new IndicatorsBenchmark(),
        new ReportBenchmark(),
        new FuzzBenchmark(),
    ];

    public static Command Create()
    {
        var names = new Argument<string[]>("name")
        {
            Description = "Benchmarks to run (default: all). Names: " + string.Join(", ", All.Select(b => b.Name)) + ".",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var scale = new Option<double>("--scale") { Description = "Size of generated data, 1.0 = a full-size ICS.", DefaultValueFactory = _ => 0.1 };
        var work = new Option<string>("--work-dir") { Description = "Scratch folder (default: a new temp folder)." };
        var json = new Option<string?>("--json") { Description = "Also write the figures to this JSON file." };
        var store = new Option<string?>("--store") { Description = "indicators, report: time this existing store (e.g. an ingested synthetic ICS) instead of generating one." };
        var inputs = new Option<long?>("--inputs") { Description = "fuzz: how many malformed inputs to run (default 100,000)." };
        var seed = new Option<ulong>("--seed") { Description = "fuzz: random seed; the same seed gives the same inputs.", DefaultValueFactory = _ => 1 };
        var uncached = new Option<bool>("--uncached")
        {
            Description = "web: 200 clients, every request a different page (indicator × area × period × language), so the output cache never answers; reports p50/p95/p99, errors and the server's memory.",
        };
        var command = new Command(
            "bench",
            """
            Measure HealthGap against its speed targets on this machine, the way a user runs it.

            Examples:
              healthgap bench                 # everything at --scale 0.1
              healthgap bench reference
              healthgap bench synth --scale 1 --json bench-synth.json
              healthgap bench indicators --store healthgap-data/healthgap.duckdb
              healthgap bench report --store healthgap-data/healthgap.duckdb   # healthgap report as a user runs it
              healthgap bench fuzz --inputs 1000000 --seed 7
              healthgap bench web --uncached  # pages the cache cannot help with
            """)
        {
            names, scale, work, json, store, inputs, seed, uncached,
        };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(names) ?? [];
            var unknown = wanted.Where(n => All.All(b => b.Name != n)).ToArray();
            if (unknown.Length > 0)
            {
                throw new CliUsageException($"no benchmark named {string.Join(", ", unknown)}. Known: {string.Join(", ", All.Select(b => b.Name))}.");
            }

            var output = parse.InvocationConfiguration.Output;
            var workDir = parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "healthgap-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(workDir);
            var context = new BenchmarkContext(workDir, parse.GetValue(scale), output, parse.GetValue(store), parse.GetValue(uncached))
            {
                Inputs = parse.GetValue(inputs),
                Seed = parse.GetValue(seed),
            };
            var results = new List<(string Benchmark, Measurement Measurement)>();
            // fuzz is not a speed target: it runs only when named.
            foreach (var benchmark in All.Where(b => wanted.Length == 0 ? b.Name != "fuzz" : wanted.Contains(b.Name)))
            {
                output.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
                results.AddRange(benchmark.Run(context).Select(m => (benchmark.Name, m)));
            }

            new ResultTable(
                $"HealthGap benchmarks ({Environment.ProcessorCount} cores)",
                ["benchmark", "what", "value", "unit", "target", "meets"],
                results.Select(r => (IReadOnlyList<string?>)
                [
                    r.Benchmark, r.Measurement.What, ResultTable.Number(r.Measurement.Value, 3), r.Measurement.Unit,
                    r.Measurement.Target, r.Measurement.MeetsTarget switch { true => "yes", false => "NO", null => "" },
                ]).ToArray()).WriteTable(output);

            if (parse.GetValue(json) is { } jsonPath)
            {
                using var file = File.CreateText(jsonPath);
                ResultTable.WriteJson(file, results.Select(r => new
                {
                    benchmark = r.Benchmark, what = r.Measurement.What, value = r.Measurement.Value,
                    unit = r.Measurement.Unit, target = r.Measurement.Target, meets = r.Measurement.MeetsTarget,
                }));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs <paramref name="action"/> and returns wall-clock seconds.</summary>
    public static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Peak working set of this process so far, in MB.</summary>
    public static double PeakMemoryMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
