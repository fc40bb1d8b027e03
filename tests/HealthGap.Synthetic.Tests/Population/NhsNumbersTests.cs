using HealthGap.Synthetic.Population;

namespace HealthGap.Synthetic.Tests.Population;

public sealed class NhsNumbersTests
{
    [Theory]
    [InlineData("9990000018", true)]
    [InlineData("9990000026", true)]
    [InlineData("9990000019", false)]
    [InlineData("999000001", false)]
    [InlineData("99900000A8", false)]
    public void IsValid_Modulus11_AcceptsOnlyCorrectCheckDigits(string number, bool valid) =>
        Assert.Equal(valid, NhsNumbers.IsValid(number));

    [Fact]
    public void ForIndex_BeyondTheTestRange_OverflowsIntoBlock998AndStaysValidAndUnique()
    {
        var numbers = new NhsNumbers(1_000_000);
        Assert.Equal([999, 998], numbers.BlocksUsed);
        var first = numbers.ForIndex(0);
        var overflow = numbers.ForIndex(950_000);
        Assert.StartsWith("999", first, StringComparison.Ordinal);
        Assert.StartsWith("998", overflow, StringComparison.Ordinal);
        Assert.True(NhsNumbers.IsValid(overflow));
        var sample = Enumerable.Range(899_000, 10_000).Select(i => numbers.ForIndex(i)).ToArray();
        Assert.Equal(sample.Length, sample.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(numbers.Unregistered[0], sample);
    }
}
