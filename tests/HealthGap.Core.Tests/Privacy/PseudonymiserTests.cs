using HealthGap.Core.Privacy;
using HealthGap.Core.Tests.Ingest;

namespace HealthGap.Core.Tests.Privacy;

public sealed class PseudonymiserTests
{
    private const string OtherKey = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

    [Fact]
    public void Pseudonymise_SameKey_SamePseudonym()
    {
        var a = new Pseudonymiser(IngestHarness.Key()).Pseudonymise("9990000018");
        var b = new Pseudonymiser(IngestHarness.Key()).Pseudonymise("9990000018");
        Assert.Equal(a, b);
        Assert.Equal(64, a.Hex.Length);
    }

    [Fact]
    public void Pseudonymise_DifferentKey_DifferentPseudonym()
    {
        var a = new Pseudonymiser(IngestHarness.Key()).Pseudonymise("9990000018");
        var b = new Pseudonymiser(IngestHarness.Key(OtherKey)).Pseudonymise("9990000018");
        Assert.NotEqual(a.Hex, b.Hex);
        Assert.NotEqual(a.PersonId, b.PersonId);
    }

    [Fact]
    public void Pseudonymise_PersonId_IsFirstEightBytesBigEndian()
    {
        var p = new Pseudonymiser(IngestHarness.Key()).Pseudonymise("9990000018");
        Assert.Equal(p.PersonId, unchecked((long)Convert.ToUInt64(p.Hex[..16], 16)));
    }

    [Fact]
    public void Pseudonymise_Hex_DoesNotContainTheNhsNumber() =>
        Assert.DoesNotContain("9990000018", new Pseudonymiser(IngestHarness.Key()).Pseudonymise("9990000018").Hex, StringComparison.Ordinal);

    [Theory]
    [InlineData("abc")]
    [InlineData("0011")]
    public void FromText_WeakOrGarbledKey_Throws(string text) =>
        Assert.Throws<PseudonymisationKeyException>(() => PseudonymisationKey.FromText(text, "test"));
}
