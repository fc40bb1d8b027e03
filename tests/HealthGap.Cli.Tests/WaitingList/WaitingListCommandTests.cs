using System.Globalization;
using System.Text.RegularExpressions;
using HealthGap.TestSupport.WaitingList;

namespace HealthGap.Cli.Tests.WaitingList;

public sealed class WaitingListCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"healthgap-wl-out-{Guid.NewGuid():N}");

    [Fact]
    public void WaitingList_PlantedStore_WritesCsvTablesAndSelfContainedReport()
    {
        using var store = WaitingListTestStore.Create(new PlantedWaits(People: 20_000));

        var (exitCode, output, error) = CliRunner.Run("waiting-list", "--store", store.Path, "--snapshot", "2025-03-31", "--out", _out);

        Assert.True(exitCode == 0, error);
        if (Environment.GetEnvironmentVariable("HEALTHGAP_KEEP_REPORT") is { } keep)
        {
            File.Copy(Path.Combine(_out, "report.html"), keep, overwrite: true);
        }

        Assert.Contains("HealthGap standard v1", output);
        foreach (var file in new[] { "open_waits.csv", "completed_waits.csv", "open_by_treatment_function.csv", "gaps_open.csv", "gaps_completed.csv", "within_specialty.csv", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(_out, file)), file);
        }

        var html = File.ReadAllText(Path.Combine(_out, "report.html"));
        Assert.DoesNotMatch(new Regex(@"<script|<link|<img|@import|url\(|src=|https?://", RegexOptions.IgnoreCase), html);
        Assert.Contains("People who need an interpreter waited a median of", html);
        Assert.Contains("HealthGap standard v1", html);
        Assert.Contains("<svg", html);

        var gaps = File.ReadAllLines(Path.Combine(_out, "gaps_open.csv"));
        Assert.StartsWith("breakdown,breakdown_title,group,reference,crude_ratio", gaps[0]);
        Assert.Contains(gaps, l => l.StartsWith("interpreter_needed,", StringComparison.Ordinal) && l.Contains(",Yes,No,"));
    }

    [Fact]
    public void WaitingList_SmallGroups_NoSmallCountInReportOrCsv()
    {
        // 300 people: learning disability, SMI, interpreter and the intersections all have small counts.
        using var store = WaitingListTestStore.Create(new PlantedWaits(Seed: 11, People: 300));

        var (exitCode, _, error) = CliRunner.Run("waiting-list", "--store", store.Path, "--snapshot", "2025-03-31", "--out", _out);

        Assert.True(exitCode == 0, error);
        var html = File.ReadAllText(Path.Combine(_out, "report.html"));
        var counts = Regex.Matches(html, "class=\"count\">([^<]*)<").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(counts);
        Assert.Contains("[c]", counts);
        Assert.All(counts, AssertPublishable);

        var csv = File.ReadAllLines(Path.Combine(_out, "open_waits.csv"));
        Assert.All(csv.Skip(1).Select(l => l.Split(',')[4]), AssertPublishable);
        Assert.All(File.ReadAllLines(Path.Combine(_out, "within_specialty.csv")).Skip(1).SelectMany(l => SplitCsv(l)[5..7]), AssertPublishable);
    }

    [Theory]
    [InlineData("31/03/2025", "--snapshot '31/03/2025' is not a date")]
    [InlineData("2025-03-31", "give both --from and --to", "--from", "2024-04-01")]
    [InlineData("2025-03-31", "--from 2025-03-01 is after --to 2024-04-01", "--from", "2025-03-01", "--to", "2024-04-01")]
    public void WaitingList_BadDates_UsageErrorSaysWhatToWrite(string snapshot, string message, params string[] extra)
    {
        var (exitCode, _, error) = CliRunner.Run(["waiting-list", "--store", "x.duckdb", "--snapshot", snapshot, "--out", _out, .. extra]);
        Assert.Equal(2, exitCode);
        Assert.Contains(message, error);
    }

    [Fact]
    public void WaitingList_MissingStore_FailsNamingThePath()
    {
        var (exitCode, _, error) = CliRunner.Run("waiting-list", "--store", "/nonexistent/hg.duckdb", "--snapshot", "2025-03-31", "--out", _out);
        Assert.Equal(1, exitCode);
        Assert.Contains("no store at '/nonexistent/hg.duckdb'", error);
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private static string[] SplitCsv(string line) =>
        Regex.Matches(line, "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)").Select(m => m.Groups[1].Value.Trim('"')).ToArray();

    private static void AssertPublishable(string shown)
    {
        if (shown == "[c]")
        {
            return;
        }

        var count = long.Parse(shown.Replace(",", string.Empty), CultureInfo.InvariantCulture);
        Assert.True(count == 0 || (count >= 8 && count % 5 == 0), $"count {shown} is small or unrounded");
    }
}
