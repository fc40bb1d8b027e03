using System.Globalization;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Ingest targets: CSV events ≥ 1M rows/s end to end, FHIR NDJSON ≥ 30k resources/s, a full-scale synthetic
/// ICS in under 3 minutes and 4 GB. Generates valid gp_registrations + gp_events (100M × --scale events, at
/// most 5M) and an NDJSON Observation file, then a synthetic ICS at --scale (1.0 = full size, ~58M rows).
/// </summary>
internal sealed class IngestBenchmark : IBenchmark
{
    public string Name => "ingest";

    public string Description => "CSV events ≥ 1,000,000 rows/s; FHIR NDJSON ≥ 30,000 resources/s; full-scale synthetic ICS < 3 min and < 4 GB";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var events = Math.Clamp((long)(100_000_000 * context.Scale), 100_000, 5_000_000);
        var people = Math.Max(1_000, events / 30);
        var csvDir = Path.Combine(context.WorkDirectory, "ingest-csv");
        var fhirDir = Path.Combine(context.WorkDirectory, "ingest-fhir");
        var resources = Math.Min(events / 10, 300_000);
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generating {people:N0} people, {events:N0} events, {resources:N0} FHIR resources..."));
        var numbers = IngestBenchmarkFiles.Generate(csvDir, fhirDir, people, events, resources);
        var key = PseudonymisationKey.FromText(new string('7', 64), "benchmark");

        var csvStore = Path.Combine(context.WorkDirectory, "ingest-csv.duckdb");
        var csv = new Ingestor(new IngestOptions(csvDir, csvStore, key)).Run();
        foreach (var t in csv.Timings)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  csv  {t.Phase,-40} wall {t.WallSeconds,8:0.00} s   cpu {t.CpuSeconds,8:0.00} s"));
        }

        var eventsPerSecond = csv.Files.Where(f => f.Feed == "gp_events").Sum(f => f.Read) / csv.Duration.TotalSeconds;

        var fhirStore = Path.Combine(context.WorkDirectory, "ingest-fhir.duckdb");
        File.Copy(Path.Combine(csvDir, "gp_practices.csv"), Path.Combine(fhirDir, "gp_practices.csv"), overwrite: true);
        var fhir = new Ingestor(new IngestOptions(fhirDir, fhirStore, key)).Run();
        foreach (var t in fhir.Timings)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fhir {t.Phase,-40} wall {t.WallSeconds,8:0.00} s   cpu {t.CpuSeconds,8:0.00} s"));
        }

        var fhirPerSecond = fhir.Files.Where(f => f.File == "Observation.ndjson").Sum(f => f.Read) / fhir.Duration.TotalSeconds;
        var csvCpu = csv.Timings.Sum(t => t.CpuSeconds);
        var fhirCpu = fhir.Timings.Sum(t => t.CpuSeconds);
        GC.KeepAlive(numbers);
        Directory.Delete(csvDir, recursive: true);
        Directory.Delete(fhirDir, recursive: true);
        File.Delete(csvStore);
        File.Delete(fhirStore);
        var ics = SyntheticIcsIngest.Run(context, key);
        var fullScale = context.Scale >= 1;
        return
        [
            new("CSV gp_events ingest, end to end (all feeds' time)", eventsPerSecond, "rows/s", "≥ 1,000,000 rows/s", eventsPerSecond >= 1_000_000),
            new("CSV ingest wall time", csv.Duration.TotalSeconds, "s", "", null),
            new("CSV gp_events per CPU-second (shows the work on a busy machine)", csv.Files.Where(f => f.Feed == "gp_events").Sum(f => f.Read) / csvCpu, "rows/cpu-s", "", null),
            new("FHIR NDJSON ingest, end to end", fhirPerSecond, "resources/s", "≥ 30,000 resources/s", fhirPerSecond >= 30_000),
            new("FHIR NDJSON per CPU-second", fhir.Files.Where(f => f.File == "Observation.ndjson").Sum(f => f.Read) / fhirCpu, "resources/cpu-s", "", null),
            new($"synthetic ICS --scale {context.Scale.ToString(CultureInfo.InvariantCulture)}: rows read (all feeds)", ics.Rows, "rows", "", null),
            new("synthetic ICS ingest wall time", ics.Seconds, "s", fullScale ? "< 180 s at --scale 1" : "", fullScale ? ics.Seconds < 180 : null),
            new("synthetic ICS ingest rate", ics.Rows / ics.Seconds, "rows/s", "", null),
            new("synthetic ICS rows per CPU-second", ics.Rows / ics.CpuSeconds, "rows/cpu-s", "", null),
            new("peak working set during the synthetic ICS ingest", ics.PeakMegabytes, "MB", "< 4,096 MB", ics.PeakMegabytes < 4096),
        ];
    }
}
