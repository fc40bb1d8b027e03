using System.Diagnostics;
using DuckDB.NET.Data;
using HealthGap.Core.Store;

namespace HealthGap.Cli.Tests.Ingest;

public sealed class IngestCommandTests : IDisposable
{
    private const string Key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healthgap-cli-ingest-" + Guid.NewGuid().ToString("N"));

    public IngestCommandTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(KeyFile, Key);
    }

    private string KeyFile => Path.Combine(_folder, "key.hex");

    private string Store => Path.Combine(_folder, "store", "healthgap.duckdb");

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", name);

    [Fact]
    public void Ingest_DirtyFixture_PrintsSummaryWithoutNhsNumbers()
    {
        var (exitCode, output, error) = CliRunner.Run("ingest", Fixture("dirty"), "--store", Store, "--key-file", KeyFile);
        Assert.Equal(0, exitCode);
        Assert.Contains("quarantined invalid_nhs_number", output, StringComparison.Ordinal);
        Assert.Contains("National data opt-out: 1 people excluded", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b999\d{7}\b", output + error);
    }

    [Fact]
    public void Ingest_WithTimings_PrintsEachPhaseAndTotal()
    {
        var (exitCode, output, _) = CliRunner.Run("ingest", Fixture("valid"), "--store", Store, "--key-file", KeyFile, "--timings");
        Assert.Equal(0, exitCode);
        Assert.Matches(@"(?m)^read gp_events\.csv\s+\d+\.\d\d\s+\d+\.\d\d$", output);
        Assert.Matches(@"(?m)^commit\s+\d+\.\d\d\s+\d+\.\d\d$", output);
        Assert.Matches(@"(?m)^total\s+\d+\.\d\d\s+\d+\.\d\d$", output);
    }

    [Fact]
    public void Ingest_SameFolderTwice_SaysNothingNew()
    {
        CliRunner.Run("ingest", Fixture("valid"), "--store", Store, "--key-file", KeyFile);
        var (exitCode, output, _) = CliRunner.Run("ingest", Fixture("valid"), "--store", Store, "--key-file", KeyFile);
        Assert.Equal(0, exitCode);
        Assert.Contains("Nothing new", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_MissingFolder_FailsWithMessage()
    {
        var (exitCode, _, error) = CliRunner.Run("ingest", Path.Combine(_folder, "nope"), "--store", Store, "--key-file", KeyFile);
        Assert.Equal(1, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_MissingKeyFile_FailsWithMessage()
    {
        var (exitCode, _, error) = CliRunner.Run("ingest", Fixture("valid"), "--store", Store, "--key-file", Path.Combine(_folder, "absent.key"));
        Assert.Equal(1, exitCode);
        Assert.Contains("--key-file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_MemoryLimitNotASize_UsageErrorNamingTheOption()
    {
        var (exitCode, output, error) = CliRunner.Run("ingest", Fixture("valid"), "--store", Store, "--key-file", KeyFile, "--memory-limit", "lots");
        Assert.Equal(2, exitCode);
        Assert.Contains("--memory-limit must be a size such as 2GB", output + error, StringComparison.Ordinal);
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public void Ingest_MemoryLimitTooSmallForDuckDb_ClearErrorAndStoreAsItWas()
    {
        Assert.Equal(0, CliRunner.Run("ingest", Fixture("valid"), "--store", Store, "--key-file", KeyFile, "--memory-limit", "512MB").ExitCode);
        var before = Fingerprint();

        var (exitCode, _, error) = CliRunner.Run("ingest", Fixture("dirty"), "--store", Store, "--key-file", KeyFile, "--memory-limit", "1KB");

        Assert.Equal(1, exitCode);
        Assert.Contains("could not take this batch", error, StringComparison.Ordinal);
        Assert.Contains("--memory-limit (now 1KB)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint());
    }

    [Fact]
    public void Ingest_ProcessKilledBeforeCommit_LeavesPreviousStoreIntact()
    {
        Assert.Equal(0, CliRunner.Run("ingest", Fixture("valid"), "--store", Store, "--key-file", KeyFile).ExitCode);
        var before = Fingerprint();

        var marker = Path.Combine(_folder, "hold");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "healthgap.dll"), "ingest", Fixture("dirty"), "--store", Store, "--key-file", KeyFile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment[CliEnvironment.IngestHoldBeforeCommitVariable] = marker;
        using (var child = Process.Start(start)!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (!File.Exists(marker) && !child.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }

            Assert.True(File.Exists(marker), "the child ingest never reached the point before commit: " + (child.HasExited ? child.StandardError.ReadToEnd() : "timed out"));
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        Assert.Equal(before, Fingerprint());

        // The store still works: the same batch goes through afterwards.
        File.Delete(marker);
        Assert.Equal(0, CliRunner.Run("ingest", Fixture("dirty"), "--store", Store, "--key-file", KeyFile).ExitCode);
        Assert.NotEqual(before, Fingerprint());
    }

    private Dictionary<string, string> Fingerprint()
    {
        using var connection = new DuckDBConnection($"Data Source={Store};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return StoreSchema.Tables.ToDictionary(t => t, t => string.Join("/", Sql.Query(connection,
            $"SELECT count(*), coalesce(bit_xor(hash(x)), 0) FROM {t} x", r => $"{r.GetInt64(0)}:{r.GetValue(1)}")));
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
