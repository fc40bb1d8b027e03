using System.Text.Json;
using DuckDB.NET.Data;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;
using HealthGap.Synthetic;

namespace HealthGap.Cli.Tests.Ingest;

/// <summary>
/// synth → FHIR → ingest gives the same store as synth → CSV → ingest for the same people, for every resource
/// type synth writes. (Ingest once quarantined every Patient and every Immunization of synth's own sample.)
/// </summary>
public sealed class SynthFhirRouteTests : IDisposable
{
    private const string KeyHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healthgap-fhir-route-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Ingest_SynthFhirSample_SameStoreAsTheCsvRowsOfTheSamePeople()
    {
        var extracts = Path.Combine(_folder, "ics");
        SyntheticIcs.Generate(new SynthOptions { Scale = 0.002, Dirty = 0, FhirSample = 120, Seed = 3, OutputDirectory = extracts }, ReferenceData.Load());
        var fhir = Path.Combine(extracts, "fhir");
        var csv = CsvOfTheSamePeople(extracts, fhir);

        var fromFhir = Ingest(fhir, "fhir.duckdb");
        var fromCsv = Ingest(csv, "csv.duckdb");

        Assert.Equal(0, fromFhir.Quarantined);
        foreach (var type in new[] { "Patient", "Encounter", "Condition", "Observation", "Immunization", "Procedure" })
        {
            var file = Assert.Single(fromFhir.Files, f => f.File == type + ".ndjson");
            Assert.True(file.Read > 0 && file.Accepted == file.Read, $"{type}: read {file.Read}, accepted {file.Accepted}");
        }

        foreach (var table in new[] { "person", "person_residence", "event" })
        {
            Assert.Equal(Fingerprint("csv.duckdb", table), Fingerprint("fhir.duckdb", table));
        }

        Assert.Equal(fromCsv.Accepted - fromCsv.Files.Single(f => f.File == "gp_practices.csv").Accepted,
            fromFhir.Accepted - fromFhir.Files.Single(f => f.File == "gp_practices.csv").Accepted);
    }

    // The CSV rows of exactly the people in the FHIR sample, with the sample's practices.
    private string CsvOfTheSamePeople(string extracts, string fhir)
    {
        var people = File.ReadLines(Path.Combine(fhir, "Patient.ndjson"))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("identifier")[0].GetProperty("value").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        var csv = Path.Combine(_folder, "csv");
        Directory.CreateDirectory(csv);
        File.Copy(Path.Combine(fhir, "gp_practices.csv"), Path.Combine(csv, "gp_practices.csv"));
        foreach (var name in new[] { "gp_registrations.csv", "gp_events.csv", "gp_appointments.csv" })
        {
            var lines = File.ReadAllLines(Path.Combine(extracts, name));
            File.WriteAllLines(Path.Combine(csv, name), lines.Take(1).Concat(lines.Skip(1).Where(l => people.Contains(l.Split(',')[1]))));
        }

        return csv;
    }

    private IngestSummary Ingest(string folder, string store) =>
        new Ingestor(new IngestOptions(folder, Path.Combine(_folder, store), PseudonymisationKey.FromText(KeyHex, "test")) { MemoryLimit = MemoryLimit.Parse("500MB") }).Run();

    private string Fingerprint(string store, string table)
    {
        using var connection = new DuckDBConnection($"Data Source={Path.Combine(_folder, store)};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return string.Join("/", Sql.Query(connection, $"SELECT count(*), coalesce(bit_xor(hash(x)), 0) FROM {table} x", r => $"{r.GetInt64(0)}:{r.GetValue(1)}"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
