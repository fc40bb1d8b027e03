using System.Diagnostics;
using DuckDB.NET.Data;

namespace HealthGap.Cli.Tests.Store;

/// <summary>
/// Every command that opens a store fails with a message naming the file and what to do (exit 1, no
/// stack trace) when the file is not a store or another process (an ingest) holds it.
/// </summary>
public sealed class StoreFileCommandTests : IDisposable
{
    private const string Key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private readonly string _folder = Directory.CreateTempSubdirectory("healthgap-cli-store-").FullName;

    public StoreFileCommandTests() => File.WriteAllText(KeyFile, Key);

    public static TheoryData<string, string> NotAStore => new()
    {
        { "random", "report" }, { "random", "waiting-list" }, { "random", "ingest" },
        { "csv", "report" }, { "csv", "waiting-list" }, { "csv", "ingest" },
        { "empty", "report" }, { "empty", "waiting-list" }, { "empty", "ingest" },
        { "folder", "report" }, { "folder", "waiting-list" }, { "folder", "ingest" },
        { "other-duckdb", "report" }, { "other-duckdb", "waiting-list" },
    };

    private string KeyFile => Path.Combine(_folder, "key.hex");

    [Theory]
    [MemberData(nameof(NotAStore))]
    public void Command_FileThatIsNotAStore_FailsNamingTheFile(string kind, string command)
    {
        var store = Path.Combine(_folder, "store-" + kind);
        switch (kind)
        {
            case "random":
                File.WriteAllBytes(store, Enumerable.Range(0, 8192).Select(i => (byte)((i * 7919) ^ (i >> 3))).ToArray());
                break;
            case "csv":
                File.WriteAllText(store, "nhs_number,date_of_birth,sex\n9434765919,1970-01-01,F\n");
                break;
            case "empty":
                File.WriteAllBytes(store, []);
                break;
            case "folder":
                Directory.CreateDirectory(store);
                break;
            default:
                using (var other = new DuckDBConnection($"Data Source={store}"))
                {
                    other.Open();
                    using var create = other.CreateCommand();
                    create.CommandText = "CREATE TABLE sales (id INTEGER)";
                    create.ExecuteNonQuery();
                }

                break;
        }

        var (exit, _, error) = Run(command, store);

        Assert.True(exit == 1, $"exit {exit}: {error}");
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(store, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_WhileAnIngestHoldsTheStore_SayItIsInUse()
    {
        var store = Path.Combine(_folder, "held.duckdb");
        Assert.Equal(0, CliRunner.Run("ingest", Fixture("valid"), "--store", store, "--key-file", KeyFile).ExitCode);
        var marker = Path.Combine(_folder, "hold");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "healthgap.dll"), "ingest", Fixture("dirty"), "--store", store, "--key-file", KeyFile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment[CliEnvironment.IngestHoldBeforeCommitVariable] = marker;
        using var child = Process.Start(start)!;
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (!File.Exists(marker) && !child.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }

            Assert.True(File.Exists(marker), "the child ingest never reached the point before commit: " + (child.HasExited ? child.StandardError.ReadToEnd() : "timed out"));
            foreach (var command in new[] { "report", "waiting-list", "ingest" })
            {
                var (exit, _, error) = Run(command, store);

                Assert.True(exit == 1, $"{command}: exit {exit}: {error}");
                Assert.Contains($"the store '{store}' is in use by another process", error, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            }
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
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

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", name);

    private (int ExitCode, string Output, string Error) Run(string command, string store)
    {
        var output = Path.Combine(_folder, "out-" + command);
        return command switch
        {
            "report" => CliRunner.Run("report", "--store", store, "--out", output, "--indicators", "dsr_emergency_adm"),
            "waiting-list" => CliRunner.Run("waiting-list", "--store", store, "--snapshot", "2025-03-31", "--out", output),
            _ => CliRunner.Run("ingest", Fixture("valid"), "--store", store, "--key-file", KeyFile),
        };
    }
}
