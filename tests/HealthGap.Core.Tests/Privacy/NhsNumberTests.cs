using HealthGap.Core.Privacy;

namespace HealthGap.Core.Tests.Privacy;

public sealed class NhsNumberTests
{
    [Theory]
    [InlineData("9990000018", "Valid")]
    [InlineData("999 000 0018", "Valid")]
    [InlineData("9990000019", "FailsModulus11")]
    [InlineData("999000001", "Malformed")]
    [InlineData("99900000181", "Malformed")]
    [InlineData("99900A0018", "Malformed")]
    [InlineData("", "Missing")]
    [InlineData("   ", "Missing")]
    public void Normalise_Input_GivesCheck(string text, string expected)
    {
        Span<char> buffer = stackalloc char[NhsNumber.Length];
        Assert.Equal(expected, NhsNumber.Normalise(text, buffer).ToString());
    }

    [Fact]
    public void Normalise_Spaces_AreRemoved()
    {
        Span<char> buffer = stackalloc char[NhsNumber.Length];
        NhsNumber.Normalise("999 000 0018", buffer);
        Assert.Equal("9990000018", buffer.ToString());
    }

    [Fact]
    public void PassesModulus11_CheckDigitTen_IsInvalid()
    {
        // 999000000: sum 243, 243 mod 11 = 1, 11 - 1 = 10: no valid check digit exists.
        for (var d = 0; d <= 9; d++)
        {
            Assert.False(NhsNumber.PassesModulus11("999000000" + d));
        }
    }

    [Fact]
    public void Mask_TenDigits_KeepsFirstThreeAndLastTwo() => Assert.Equal("999*****18", NhsNumber.Mask("9990000018"));

    [Fact]
    public void Mask_Short_StarsEverything() => Assert.Equal("****", NhsNumber.Mask("1234"));
}
