using System.Text.RegularExpressions;

namespace HealthGap.Core.Tests.Store;

/// <summary>
/// Dependencies between Core's store and ingest point one way: ingest uses the store, the store knows
/// nothing of ingest (its merge takes flag codes, not ingest's rules; its writer fails with a
/// <c>StoreException</c>). A store type naming an ingest type, even in a doc reference, fails here.
/// </summary>
public sealed partial class StoreDependencyTests
{
    [Fact]
    public void StoreSources_NameNoIngestType()
    {
        var store = Path.Combine(RepositoryRoot(), "src", "HealthGap.Core", "Store");
        var files = Directory.GetFiles(store, "*.cs");
        Assert.NotEmpty(files);
        var offending = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => IngestReference().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offending.Count == 0, "Core/Store refers to Core/Ingest:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void IngestReferencePattern_CatchesEveryWayOfNamingIngest()
    {
        Assert.Matches(IngestReference(), "using HealthGap.Core.Ingest;");
        Assert.Matches(IngestReference(), "throw new Ingest.IngestException(\"x\");");
        Assert.Matches(IngestReference(), "/// <see cref=\"Ingest.RecordKeyFilter\"/>");
        Assert.Matches(IngestReference(), "global::HealthGap.Core.Ingest.PlusFlagRule.All");
        Assert.DoesNotMatch(IngestReference(), "/// the ingest's Bloom filter; ingest_batch; healthgap ingest");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HealthGap.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no HealthGap.slnx above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"\bHealthGap\.Core\.Ingest\b|\bIngest\.[A-Z]")]
    private static partial Regex IngestReference();
}
