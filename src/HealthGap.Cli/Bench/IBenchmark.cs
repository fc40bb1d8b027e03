namespace HealthGap.Cli.Bench;

/// <summary>
/// One named benchmark behind <c>healthgap bench NAME</c>. It times whole operations the way a user
/// runs them and reports figures against the targets; it never asserts (tests do that).
/// </summary>
internal interface IBenchmark
{
    /// <summary>Name used on the command line, e.g. <c>synth</c>.</summary>
    string Name { get; }

    /// <summary>One line: what is measured and the target.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark and returns its measurements.</summary>
    IReadOnlyList<Measurement> Run(BenchmarkContext context);
}

/// <summary>One measured figure.</summary>
/// <param name="What">What was measured, e.g. "ingest CSV events".</param>
/// <param name="Value">The figure.</param>
/// <param name="Unit">Its unit, e.g. "rows/s", "s", "MB".</param>
/// <param name="Target">The target as text, e.g. "≥ 1,000,000 rows/s", or empty.</param>
/// <param name="MeetsTarget">Whether the figure meets the target, or null when there is none.</param>
internal sealed record Measurement(string What, double Value, string Unit, string Target, bool? MeetsTarget);

/// <summary>Where a benchmark may write, and its size knob.</summary>
/// <param name="WorkDirectory">A scratch folder the benchmark owns.</param>
/// <param name="Scale">Scale factor for benchmarks that generate data (1.0 = full-size ICS).</param>
/// <param name="Output">Where to print progress.</param>
/// <param name="Store">An existing store to time instead of generating one (benchmarks that read a store).</param>
/// <param name="Uncached">web: measure pages the output cache cannot serve (every request a different page) instead.</param>
internal sealed record BenchmarkContext(string WorkDirectory, double Scale, TextWriter Output, string? Store = null, bool Uncached = false)
{
    /// <summary>fuzz: how many inputs to run (null: the benchmark's default).</summary>
    public long? Inputs { get; init; }

    /// <summary>fuzz: the random seed.</summary>
    public ulong Seed { get; init; } = 1;
}
