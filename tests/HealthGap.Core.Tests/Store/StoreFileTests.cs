using System.Text;
using System.Text.RegularExpressions;
using HealthGap.Core.Tests.Ingest;

namespace HealthGap.Core.Tests.Store;

public sealed partial class StoreFileTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Ingest_StoreFile_HoldsNoNhsNumberOfTheExtracts()
    {
        _harness.Ingest("dirty");
        var numbers = Directory.GetFiles(IngestHarness.Fixture("dirty"))
            .SelectMany(f => TenDigits().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .Distinct().ToArray();
        Assert.True(numbers.Length >= 9);
        var bytes = File.ReadAllBytes(_harness.StorePath);
        var walPath = _harness.StorePath + ".wal";
        if (File.Exists(walPath))
        {
            bytes = [.. bytes, .. File.ReadAllBytes(walPath)];
        }

        foreach (var number in numbers)
        {
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(number)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(number)));
        }
    }

    [Fact]
    public void Ingest_Person_HasNoFullDateOfBirth()
    {
        _harness.Ingest("valid");
        Assert.Equal(0, _harness.Scalar("SELECT count(*) FROM person WHERE day(birth_month) <> 1"));
    }

    [GeneratedRegex(@"\b\d{10}\b")]
    private static partial Regex TenDigits();

    public void Dispose() => _harness.Dispose();
}
