using System.Text.Json;
using DuckDB.NET.Data;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;
using HealthGap.Synthetic;

namespace HealthGap.Cli.Tests.Ingest;

/// <summary>
/// A small dirty synthetic ICS (6% of rows damaged, so every kind of dirt lands on 10+ rows), generated and ingested once, with its truth.json
/// and the store's quarantine counted per file and reason.
/// </summary>
public sealed class DirtyIcsFixture : IDisposable
{
    private const string KeyHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    public DirtyIcsFixture()
    {
        Directory.CreateDirectory(Folder);
        var options = new SynthOptions { Scale = 0.005, Dirty = 0.06, FhirSample = 0, Seed = 11, OutputDirectory = Extracts };
        SyntheticIcs.Generate(options, ReferenceData.Load());
        Truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Extracts, "truth.json")));
        Summary = new Ingestor(new IngestOptions(Extracts, StorePath, PseudonymisationKey.FromText(KeyHex, "test"))
        {
            MemoryLimit = MemoryLimit.Parse("500MB"),
        }).Run();
        using var connection = new DuckDBConnection($"Data Source={StorePath};ACCESS_MODE=READ_ONLY");
        connection.Open();
        Quarantined = Sql.Query(connection, "SELECT source_file, reason, count(*) FROM quarantine GROUP BY ALL",
            r => (File: r.GetString(0), Reason: r.GetString(1), Count: r.GetInt64(2)))
            .ToDictionary(x => (x.File, x.Reason), x => x.Count);
        UnlinkableLines = Sql.Query(connection, "SELECT source_file, line FROM quarantine WHERE reason = 'unlinkable'",
            r => (r.GetString(0), r.GetInt64(1))).ToHashSet();
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "healthgap-truth-test-" + Guid.NewGuid().ToString("N"));

    public string Extracts => Path.Combine(Folder, "ics");

    public string StorePath => Path.Combine(Folder, "store.duckdb");

    public JsonDocument Truth { get; }

    internal IngestSummary Summary { get; }

    /// <summary>Quarantined rows per (file, reason).</summary>
    public IReadOnlyDictionary<(string File, string Reason), long> Quarantined { get; }

    /// <summary>(file, line) of every row quarantined as unlinkable.</summary>
    public IReadOnlySet<(string File, long Line)> UnlinkableLines { get; }

    public void Dispose()
    {
        Truth.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
