using HealthGap.Core.Ingest;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>Files ingest does not read are named; two files for the same feed stop the ingest.</summary>
public sealed class ExtractDiscoveryTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Theory]
    [InlineData("gp_events (1).csv")]
    [InlineData("gp_events.csv.bak")]
    [InlineData("gp-events.csv")]
    public void Ingest_UnknownFile_WarnedByName(string name)
    {
        var extract = new ExtractFolder(_harness);
        File.Copy(extract.File("gp_events.csv"), extract.File(name));

        var summary = _harness.Ingest(extract.Path);

        Assert.Contains(summary.Warnings, w => w.Contains(name, StringComparison.Ordinal) && w.Contains("skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_TwoFilesForOneFeed_RefusedNamingBoth()
    {
        var extract = new ExtractFolder(_harness);
        File.Copy(extract.File("gp_events.csv"), extract.File("GP_EVENTS.csv"));

        var error = Assert.Throws<IngestException>(() => _harness.Ingest(extract.Path));

        Assert.Contains("GP_EVENTS.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("gp_events.csv", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_harness.StorePath));
    }

    [Fact]
    public void Ingest_ValidFixture_NoWarningAboutFiles()
    {
        var summary = _harness.Ingest("valid");

        Assert.DoesNotContain(summary.Warnings, w => w.Contains("skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_DuplicateRecords_NotCountedAsLinked()
    {
        var summary = _harness.Ingest("dirty");

        foreach (var feed in summary.Files.Where(f => f.LinkageAttempts > 0))
        {
            Assert.True(feed.LinkedByNhsNumber + feed.LinkedByFallback <= feed.Accepted, $"{feed.File}: {feed.LinkedByNhsNumber + feed.LinkedByFallback} linked, {feed.Accepted} accepted");
        }

        var events = summary.Files.Single(f => f.File == "gp_events.csv");
        Assert.Equal(events.Accepted, events.LinkedByNhsNumber);
    }

    public void Dispose() => _harness.Dispose();
}
