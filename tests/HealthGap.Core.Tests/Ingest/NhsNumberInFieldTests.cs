using System.Globalization;
using System.Text;
using HealthGap.Core.Ingest;
using HealthGap.Core.Privacy;

namespace HealthGap.Core.Tests.Ingest;

/// <summary>
/// An NHS number placed in any column but nhs_number, of any CSV feed, plain or printed with spaces or
/// hyphens, is quarantined (masked) and never reaches the store in clear.
/// </summary>
public sealed class NhsNumberInFieldTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    [Fact]
    public void Ingest_NhsNumberInEveryOtherColumnOfEveryFeed_QuarantinedAndNowhereInTheStore()
    {
        var extract = new ExtractFolder(_harness);
        var numbers = ValidNumbers().GetEnumerator();
        var planted = new List<string>();
        var expected = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var feed in FeedCatalogue.All.Where(f => f.Shape != FeedShape.OptOuts))
        {
            var (header, row) = extract.FirstRecord(feed.FileName);
            for (var column = 0; column < header.Length; column++)
            {
                if (header[column] == "nhs_number")
                {
                    continue;
                }

                numbers.MoveNext();
                var number = numbers.Current;
                planted.Add(number);
                var fields = (string[])row.Clone();
                fields[0] = fields[0] + "N" + column.ToString(CultureInfo.InvariantCulture);
                fields[column] = (column % 3) switch
                {
                    0 => number,
                    1 => $"{number[..3]} {number[3..6]} {number[6..]}",
                    _ => $"x {number[..3]}-{number[3..6]}-{number[6..]}",
                };
                extract.Append(feed.FileName, string.Join(',', fields));
                expected[feed.FileName] = expected.GetValueOrDefault(feed.FileName) + 1;
            }
        }

        var summary = _harness.Ingest(extract.Path);

        foreach (var (file, count) in expected)
        {
            Assert.Equal(count, _harness.Scalar($"SELECT count(*) FROM quarantine WHERE source_file = '{file}' AND reason = 'nhs_number_in_field'"));
        }

        Assert.Equal(expected.Values.Sum(), summary.Quarantined);
        var store = StoreBytes();
        foreach (var number in planted)
        {
            Assert.Equal(-1, store.AsSpan().IndexOf(Encoding.ASCII.GetBytes(number)));
            Assert.Equal(-1, store.AsSpan().IndexOf(Encoding.ASCII.GetBytes($"{number[..3]} {number[3..6]} {number[6..]}")));
            Assert.Equal(-1, store.AsSpan().IndexOf(Encoding.ASCII.GetBytes($"{number[..3]}-{number[3..6]}-{number[6..]}")));
        }
    }

    [Theory]
    [InlineData("1086471000000103")]
    [InlineData("9990047929")]
    [InlineData("12345678-14ab-4cde")]
    public void Ingest_DigitsThatAreNotAnNhsNumber_Accepted(string recordId)
    {
        var extract = new ExtractFolder(_harness).Append("gp_events.csv", recordId + ",9990000018,2023-05-03,72313002,,Y90001");

        var summary = _harness.Ingest(extract.Path);

        Assert.Equal(0, summary.Quarantined);
    }

    [Theory]
    [InlineData("1172629005")]
    [InlineData("1196923000")]
    public void Ingest_TenDigitCodelistCodePassingModulus11_AcceptedAsACode(string code)
    {
        // Real concept ids of the shipped codelists (learning disability, diabetes) that pass Modulus 11.
        var extract = new ExtractFolder(_harness).Append("gp_events.csv", "E90,9990000018,2023-05-03," + code + ",,Y90001");

        var summary = _harness.Ingest(extract.Path);

        Assert.Equal(0, summary.Quarantined);
        Assert.Equal(1, _harness.Scalar($"SELECT count(*) FROM event WHERE code = '{code}'"));
    }

    private byte[] StoreBytes()
    {
        var bytes = File.ReadAllBytes(_harness.StorePath);
        var wal = _harness.StorePath + ".wal";
        return File.Exists(wal) ? [.. bytes, .. File.ReadAllBytes(wal)] : bytes;
    }

    // Valid numbers not used by the fixtures (the fixtures' people are 999000xxxx).
    private static IEnumerable<string> ValidNumbers()
    {
        for (var n = 912_345_600L; ; n++)
        {
            var nine = n.ToString("D9", CultureInfo.InvariantCulture);
            for (var check = 0; check <= 9; check++)
            {
                var number = nine + check.ToString(CultureInfo.InvariantCulture);
                if (NhsNumber.PassesModulus11(number))
                {
                    yield return number;
                }
            }
        }
    }

    public void Dispose() => _harness.Dispose();
}
