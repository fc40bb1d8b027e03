using DuckDB.NET.Data;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;
using HealthGap.Core.Reference;
using HealthGap.Core.Store;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>Runs real ingests of the hand-written fixtures into a temporary DuckDB store.</summary>
internal sealed class IngestHarness : IDisposable
{
    public const string KeyHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.Load());

    public IngestHarness()
    {
        Directory.CreateDirectory(Folder);
    }

    public static DateOnly Today { get; } = new(2025, 6, 30);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "healthgap-ingest-test-" + Guid.NewGuid().ToString("N"));

    public string StorePath => Path.Combine(Folder, "store.duckdb");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", name);

    public static PseudonymisationKey Key(string hex = KeyHex) => PseudonymisationKey.FromText(hex, "test");

    public IngestSummary Ingest(string fixture, bool failAfterStaging = false, string? keyHex = null, string? store = null) =>
        new Ingestor(new IngestOptions(fixture.Contains('/') ? fixture : Fixture(fixture), store ?? StorePath, Key(keyHex ?? KeyHex))
        {
            Reference = Reference.Value,
            Today = Today,
            FailAfterStaging = failAfterStaging,
            MemoryLimit = MemoryLimit.Parse("500MB"),
        }).Run();

    public DuckDBConnection Open(string? store = null)
    {
        var connection = new DuckDBConnection($"Data Source={store ?? StorePath};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }

    public long Scalar(string sql, string? store = null)
    {
        using var connection = Open(store);
        return Sql.Scalar(connection, sql);
    }

    /// <summary>Row count and an order-independent hash of every row of every table.</summary>
    public IReadOnlyDictionary<string, string> Fingerprint(string? store = null)
    {
        using var connection = Open(store);
        return StoreSchema.Tables.ToDictionary(t => t, t => string.Join("/", Sql.Query(connection,
            $"SELECT count(*), coalesce(bit_xor(hash(x)), 0) FROM {t} x", r => $"{r.GetInt64(0)}:{r.GetValue(1)}")));
    }

    public static long PersonId(string nhsNumber) => new Pseudonymiser(Key()).Pseudonymise(nhsNumber).PersonId;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
