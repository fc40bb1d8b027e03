using System.Text;
using HealthGap.Core.Ingest;
using HealthGap.Core.Reference;
using HealthGap.Synthetic;

namespace HealthGap.Cli.Fuzz;

/// <summary>
/// The seeds the fuzzer mutates and the clean context each batch of inputs is read against, cut from a tiny
/// synthetic ICS generated in-process (so the seeds are the real extracts, FHIR included, not hand-written
/// look-alikes), plus the shipped indicator definitions.
/// </summary>
internal sealed class FuzzCorpus
{
    private const int RowsPerSeed = 12;

    private FuzzCorpus(IReadOnlyList<FuzzSeed> seeds, IReadOnlyList<FuzzSeed> context)
    {
        Seeds = seeds;
        Context = context;
    }

    /// <summary>Inputs to mutate.</summary>
    public IReadOnlyList<FuzzSeed> Seeds { get; }

    /// <summary>Clean files read first in every batch: practices, opt-outs, registrations (CSV and FHIR Patients).</summary>
    public IReadOnlyList<FuzzSeed> Context { get; }

    /// <summary>Generates the synthetic ICS into <paramref name="workDirectory"/> and cuts the seeds from it.</summary>
    public static FuzzCorpus Build(string workDirectory, ReferenceData reference, int seed)
    {
        var extracts = Path.Combine(workDirectory, "seed-ics");
        SyntheticIcs.Generate(new SynthOptions { Paths = CliEnvironment.Paths, Scale = 0.0005, Dirty = 0.02, FhirSample = 12, Seed = seed, OutputDirectory = extracts }, reference);
        var seeds = new List<FuzzSeed>();
        var context = new List<FuzzSeed>();
        foreach (var fileName in IngestProbe.CsvFileNames)
        {
            var path = Path.Combine(extracts, fileName);
            if (!File.Exists(path))
            {
                continue;
            }

            var lines = File.ReadLines(path).ToArray();
            var isContext = IngestProbe.LinkageFileNames.Contains(fileName);
            // The context holds every practice and registration of the tiny ICS so activity rows link; seeds are slices.
            if (isContext)
            {
                context.Add(new FuzzSeed(FuzzTargetKind.Csv, fileName, Bytes(lines)));
            }

            for (var start = 1; start < lines.Length && start < 1 + (3 * RowsPerSeed); start += RowsPerSeed)
            {
                seeds.Add(new FuzzSeed(FuzzTargetKind.Csv, fileName, Bytes([lines[0], .. lines.Skip(start).Take(RowsPerSeed)])));
            }
        }

        var fhir = Path.Combine(extracts, "fhir");
        foreach (var path in Directory.EnumerateFiles(fhir, "*.ndjson").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var lines = File.ReadLines(path).ToArray();
            if (name.StartsWith("Patient", StringComparison.Ordinal))
            {
                context.Add(new FuzzSeed(FuzzTargetKind.Fhir, name, Bytes(lines)));
            }

            seeds.Add(new FuzzSeed(FuzzTargetKind.Fhir, name, Bytes(lines.Take(RowsPerSeed / 2))));
            var bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\n\"entry\":[\n"
                + string.Join(",\n", lines.Take(RowsPerSeed / 3).Select(l => "{\"resource\":" + l + "}")) + "\n]}\n";
            seeds.Add(new FuzzSeed(FuzzTargetKind.Fhir, Path.GetFileNameWithoutExtension(name) + "-bundle.json", Encoding.UTF8.GetBytes(bundle)));
        }

        foreach (var path in Directory.EnumerateFiles(CliEnvironment.Paths.IndicatorsDir, "*.yaml").Order(StringComparer.Ordinal))
        {
            seeds.Add(new FuzzSeed(FuzzTargetKind.Definition, Path.GetFileName(path), File.ReadAllBytes(path)));
        }

        Directory.Delete(extracts, recursive: true);
        return new FuzzCorpus(seeds, context);
    }

    private static byte[] Bytes(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
}
