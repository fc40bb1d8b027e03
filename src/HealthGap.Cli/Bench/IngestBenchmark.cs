using System.Globalization;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;

namespace HealthGap.Cli.Bench;

/// <summary>
/// Ingest targets: CSV events ≥ 1M rows/s end to end, FHIR NDJSON ≥ 30k resources/s, memory. Generates valid
/// gp_registrations + gp_events (and an NDJSON Observation file) sized by --scale (1.0 = 100M events).
/// </summary>
internal sealed class IngestBenchmark : IBenchmark
{
    public string Name => "ingest";

    public string Description => "CSV events ≥ 1,000,000 rows/s; FHIR NDJSON ≥ 30,000 resources/s; peak memory";

    public IReadOnlyList<Measurement> Run(BenchmarkContext context)
    {
        var events = Math.Max(100_000, (long)(100_000_000 * context.Scale));
        var people = Math.Max(1_000, events / 30);
        var csvDir = Path.Combine(context.WorkDirectory, "ingest-csv");
        var fhirDir = Path.Combine(context.WorkDirectory, "ingest-fhir");
        var resources = Math.Min(events / 10, 300_000);
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generating {people:N0} people, {events:N0} events, {resources:N0} FHIR resources..."));
        var numbers = Generate(csvDir, fhirDir, people, events, resources);
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
        var memory = BenchCommand.PeakMemoryMegabytes();
        var csvCpu = csv.Timings.Sum(t => t.CpuSeconds);
        var fhirCpu = fhir.Timings.Sum(t => t.CpuSeconds);
        GC.KeepAlive(numbers);
        return
        [
            new("CSV gp_events ingest, end to end (all feeds' time)", eventsPerSecond, "rows/s", "≥ 1,000,000 rows/s", eventsPerSecond >= 1_000_000),
            new("CSV ingest wall time", csv.Duration.TotalSeconds, "s", "", null),
            new("CSV gp_events per CPU-second (shows the work on a busy machine)", csv.Files.Where(f => f.Feed == "gp_events").Sum(f => f.Read) / csvCpu, "rows/cpu-s", "", null),
            new("FHIR NDJSON ingest, end to end", fhirPerSecond, "resources/s", "≥ 30,000 resources/s", fhirPerSecond >= 30_000),
            new("FHIR NDJSON per CPU-second", fhir.Files.Where(f => f.File == "Observation.ndjson").Sum(f => f.Read) / fhirCpu, "resources/cpu-s", "", null),
            new("peak working set (whole benchmark process)", memory, "MB", "< 4,096 MB", memory < 4096),
        ];
    }

    private static int Generate(string csvDir, string fhirDir, long people, long events, long resources)
    {
        Directory.CreateDirectory(csvDir);
        Directory.CreateDirectory(fhirDir);
        var nhs = new string[people];
        long candidate = 999_000_000;
        for (var i = 0; i < people; i++)
        {
            string number;
            do
            {
                number = (candidate++).ToString(CultureInfo.InvariantCulture);
                number += CheckDigit(number);
            }
            while (!NhsNumber.PassesModulus11(number));
            nhs[i] = number;
        }

        File.WriteAllText(Path.Combine(csvDir, "gp_practices.csv"), "practice_code,practice_name,pcn_code,pcn_name,lad22cd\nY90001,Bench Surgery,U90001,Bench PCN,E06000009\n");
        using (var regs = new StreamWriter(Path.Combine(csvDir, "gp_registrations.csv")))
        {
            regs.Write("record_id,nhs_number,date_of_birth,sex,ethnic_category,lsoa11cd,practice_code,registration_start,registration_end\n");
            for (var i = 0; i < people; i++)
            {
                regs.Write(string.Create(CultureInfo.InvariantCulture, $"R{i},{nhs[i]},19{20 + (i % 80):00}-0{1 + (i % 9)}-1{i % 10},{(i % 2 == 0 ? 'F' : 'M')},A,E01012673,Y90001,2015-06-01,\n"));
            }
        }

        string[] codes = ["72313002", "60621009", "10007009", "1086471000000103", "271649006", "38341003"];
        using (var writer = new StreamWriter(Path.Combine(csvDir, "gp_events.csv"), false, System.Text.Encoding.UTF8, 1 << 20))
        {
            writer.Write("record_id,nhs_number,event_date,snomed_code,value,practice_code\n");
            for (long e = 0; e < events; e++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"E{e},{nhs[e % people]},2023-0{1 + (e % 9)}-1{e % 10},{codes[e % codes.Length]},{(e % 3 == 0 ? "138" : "")},Y90001\n"));
            }
        }

        File.Copy(Path.Combine(csvDir, "gp_registrations.csv"), Path.Combine(fhirDir, "gp_registrations.csv"), overwrite: true);
        using (var ndjson = new StreamWriter(Path.Combine(fhirDir, "Observation.ndjson")))
        {
            for (long r = 0; r < resources; r++)
            {
                ndjson.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"resourceType\":\"Observation\",\"id\":\"O{r}\",\"status\":\"final\",\"code\":{{\"coding\":[{{\"system\":\"http://snomed.info/sct\",\"code\":\"72313002\"}}]}},\"subject\":{{\"identifier\":{{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"{nhs[r % people]}\"}}}},\"effectiveDateTime\":\"2023-05-02\",\"valueQuantity\":{{\"value\":138}}}}\n"));
            }
        }

        return nhs.Length;
    }

    private static char CheckDigit(string nine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nine[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check == 11 ? '0' : check == 10 ? 'X' : (char)('0' + check);
    }
}
