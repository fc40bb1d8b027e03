namespace HealthGap.Cli.Tests.Ingest;

/// <summary>A CSV extract that cannot be read is a message naming file and line and exit code 1, never a stack trace.</summary>
public sealed class IngestDamagedFileTests : IDisposable
{
    private const string Key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healthgap-cli-damaged-" + Guid.NewGuid().ToString("N"));

    public IngestDamagedFileTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(KeyFile, Key);
    }

    private string KeyFile => Path.Combine(_folder, "key.hex");

    private string Store => Path.Combine(_folder, "store", "healthgap.duckdb");

    [Theory]
    [InlineData("unterminated quote", "gp_events.csv line 9")]
    [InlineData("record over 1 MB", "gp_events.csv line 9")]
    [InlineData("empty file", "gp_events.csv is empty")]
    public void Ingest_UnreadableCsv_ExitOneWithFileAndLineNoStackTrace(string damage, string expected)
    {
        var extracts = Directory.CreateDirectory(Path.Combine(_folder, "extracts")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", "valid")))
        {
            File.Copy(file, Path.Combine(extracts, Path.GetFileName(file)));
        }

        var events = Path.Combine(extracts, "gp_events.csv");
        switch (damage)
        {
            case "unterminated quote":
                File.AppendAllText(events, "E90,9990000018,\"2023-01-01,60621009,,Y90001\nE91,9990000018,2023-01-01,60621009,,Y90001\n");
                break;
            case "record over 1 MB":
                File.AppendAllText(events, "E90,9990000018,2023-01-01,60621009,," + new string('x', 1_100_000) + "\n");
                break;
            default:
                File.WriteAllBytes(events, []);
                break;
        }

        var (exitCode, output, error) = CliRunner.Run("ingest", extracts, "--store", Store, "--key-file", KeyFile);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", output + error, StringComparison.Ordinal);
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
