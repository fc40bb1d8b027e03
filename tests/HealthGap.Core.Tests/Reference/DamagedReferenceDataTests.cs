using HealthGap.Core.Configuration;
using HealthGap.Core.Reference;

namespace HealthGap.Core.Tests.Reference;

/// <summary>A damaged or missing reference file stops the load with a message naming the file and problem.</summary>
public sealed class DamagedReferenceDataTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "healthgap-ref-" + Guid.NewGuid().ToString("N"));

    public DamagedReferenceDataTests()
    {
        Directory.CreateDirectory(_directory);
        foreach (var file in Directory.GetFiles(HealthGapPaths.Shipped.ReferenceDataDir, "*.csv"))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_MissingFile_NamesTheFile()
    {
        File.Delete(Path.Combine(_directory, "lsoa11_to_icb.csv"));

        var ex = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(_directory));

        Assert.Equal("lsoa11_to_icb.csv", ex.File);
        Assert.Contains("not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedImd_ReportsRowCount()
    {
        var path = Path.Combine(_directory, "imd2019_lsoa11.csv");
        File.WriteAllLines(path, File.ReadLines(path).Take(101).ToArray());

        var ex = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(_directory));

        Assert.Equal("imd2019_lsoa11.csv", ex.File);
        Assert.Contains("expected 32,844 LSOAs, found 100", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadDecile_NamesLineAndField()
    {
        var path = Path.Combine(_directory, "imd2019_lsoa11.csv");
        var lines = File.ReadAllLines(path);
        var cells = lines[5].Split(',');
        cells[6] = "11";
        lines[5] = string.Join(',', cells);
        File.WriteAllLines(path, lines);

        var ex = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(_directory));

        Assert.Equal(6, ex.Line);
        Assert.Equal("imd_decile", ex.Field);
    }

    [Fact]
    public void Load_LsoaMappedTwice_IsRejected()
    {
        var path = Path.Combine(_directory, "lsoa11_to_icb.csv");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(3, lines[2]);
        File.WriteAllLines(path, lines);

        var ex = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(_directory));

        Assert.Equal("lsoa11cd", ex.Field);
        Assert.Contains("exactly one ICB", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedLsoaCode_IsRejected()
    {
        var path = Path.Combine(_directory, "lsoa11_to_icb.csv");
        var lines = File.ReadAllLines(path);
        lines[10] = "X" + lines[10][1..];
        File.WriteAllLines(path, lines);

        var ex = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(_directory));

        Assert.Equal(11, ex.Line);
        Assert.Contains("not an English LSOA code", ex.Message, StringComparison.Ordinal);
    }
}
