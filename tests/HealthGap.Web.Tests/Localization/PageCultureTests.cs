using HealthGap.Web.Charts;
using HealthGap.Web.Localization;

namespace HealthGap.Web.Tests.Localization;

public sealed class PageCultureTests
{
    private const char Nbsp = '\u00A0';

    [Theory]
    [InlineData("en", 10475.3, "10,475")]
    [InlineData("pl", 10475.3, "10 475")]
    [InlineData("ur", 10475.3, "10,475")]
    [InlineData("en", 54.24, "54.2")]
    [InlineData("pl", 54.24, "54,2")]
    [InlineData("pl", 1.5, "1,5")]
    [InlineData("pl", 8963.33, "8963")]
    [InlineData("pl", 100000, "100 000")]
    [InlineData("pl", -12.5, "-12,5")]
    public void Number_PageLanguage_UsesItsSeparators(string language, double value, string expected)
    {
        Assert.Equal(expected.Replace(' ', Nbsp), Format.Number(value, PageCulture.For(language)));
    }

    [Fact]
    public void Number_UrduNegative_KeepsTheMinusBeforeTheNumberInRightToLeftText()
    {
        Assert.Equal("\u200E-12.5", Format.Number(-12.5, PageCulture.For("ur")));
    }

    [Theory]
    [InlineData("en", "7 December 2026")]
    [InlineData("pl", "7 grudnia 2026")]
    [InlineData("ur", "7 دسمبر 2026")]
    public void Date_PageLanguage_HasItsMonthNames(string language, string expected)
    {
        Assert.Equal(expected, new DateOnly(2026, 12, 7).ToString("d MMMM yyyy", PageCulture.For(language)));
    }
}
