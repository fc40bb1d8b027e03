using System.Text.Json;
using HealthGap.Core.Reference;
using HealthGap.Synthetic.Tests.Extracts;

namespace HealthGap.Synthetic.Tests;

/// <summary>One generated ICS in a temp folder, with lazy access to its files and truth.json.</summary>
public sealed class SynthRun : IDisposable
{
    private readonly Dictionary<string, ExtractTable> _tables = new(StringComparer.Ordinal);

    public SynthRun(ReferenceData reference, double scale, double dirty, int fhirSample, long seed = 42)
    {
        Directory = Path.Combine(Path.GetTempPath(), "healthgap-synth-test-" + Guid.NewGuid().ToString("N"));
        Options = new SynthOptions { Scale = scale, Dirty = dirty, FhirSample = fhirSample, Seed = seed, OutputDirectory = Directory };
        Summary = SyntheticIcs.Generate(Options, reference);
        Truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "truth.json")));
    }

    public string Directory { get; }

    public SynthOptions Options { get; }

    public SynthSummary Summary { get; }

    public JsonDocument Truth { get; }

    internal ExtractTable Table(string file)
    {
        lock (_tables)
        {
            if (!_tables.TryGetValue(file, out var table))
            {
                table = new ExtractTable(Path.Combine(Directory, file));
                _tables[file] = table;
            }

            return table;
        }
    }

    /// <summary>The planted entry of truth.json for an indicator (the n-th when it appears more than once).</summary>
    public JsonElement Planted(string indicator, int occurrence = 0) =>
        Truth.RootElement.GetProperty("planted").EnumerateArray()
            .Where(e => e.GetProperty("indicator").GetString() == indicator)
            .ElementAt(occurrence);

    public void Dispose()
    {
        Truth.Dispose();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
