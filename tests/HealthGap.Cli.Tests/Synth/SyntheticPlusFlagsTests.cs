using DuckDB.NET.Data;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Cli.Tests.Synth;

/// <summary>
/// Every PLUS flag of the vocabulary reaches the store from the synthetic ICS, the way a user gets there
/// (<c>healthgap synth</c>, then <c>healthgap ingest</c>): the generator codes it, ingest derives it.
/// A flag added to the vocabulary is planted by the generator without a change there.
/// </summary>
public sealed class SyntheticPlusFlagsTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"healthgap-flags-{Guid.NewGuid():N}");

    [Fact]
    [Trait("Category", "Slow")]
    public void SynthThenIngest_EveryPlusFlagOfTheVocabulary_IsSetForSomePeople()
    {
        var extracts = Path.Combine(_work, "extracts");
        var store = Path.Combine(_work, "store.duckdb");
        var key = Path.Combine(_work, "test.key");
        Directory.CreateDirectory(_work);
        File.WriteAllText(key, Convert.ToHexString(new byte[32].Select((_, i) => (byte)((i * 7) + 3)).ToArray()));
        var synth = CliRunner.Run("synth", "--scale", "0.01", "--dirty", "0", "--fhir-sample", "0", "--out", extracts);
        Assert.True(synth.ExitCode == 0, synth.Error);
        var ingest = CliRunner.Run("ingest", extracts, "--store", store, "--key-file", key);
        Assert.True(ingest.ExitCode == 0, ingest.Error);

        using var connection = new DuckDBConnection($"Data Source={store};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", PlusFlag.All.Select(f => $"count(*) FILTER ({f.Name})")) + " FROM person";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var empty = PlusFlag.All.Where((_, i) => reader.GetInt64(i) == 0).Select(f => f.Name).ToList();

        Assert.True(empty.Count == 0, "no synthetic person has: " + string.Join(", ", empty));
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}
