using System.Security.Cryptography;

namespace HealthGap.Synthetic.Tests;

/// <summary>The same seed and options give the same bytes, whatever the thread scheduling; another seed gives other data.</summary>
[Collection(SharedSynthRuns.Name)]
public sealed class DeterminismTests(SynthFixture fixture)
{
    [Fact]
    public void Generate_SameSeedTwice_WritesIdenticalBytes()
    {
        using var again = new SynthRun(fixture.Reference, 0.004, 0.05, 0, seed: 7);
        Assert.Equal(Hashes(fixture.Dirty.Directory), Hashes(again.Directory));
    }

    [Fact]
    public void Generate_AnotherSeed_WritesDifferentPeople()
    {
        using var other = new SynthRun(fixture.Reference, 0.004, 0.05, 0, seed: 8);
        Assert.NotEqual(Hashes(fixture.Dirty.Directory)["gp_events.csv"], Hashes(other.Directory)["gp_events.csv"]);
    }

    private static SortedDictionary<string, string> Hashes(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal),
            StringComparer.Ordinal);
}
