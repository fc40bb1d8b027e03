using HealthGap.Core.Store;

namespace HealthGap.Core.Tests.Store;

public sealed class MemoryLimitTests
{
    [Theory]
    [InlineData("2GB", "2GB")]
    [InlineData("1536MB", "1536MB")]
    [InlineData(" 512 mb ", "512MB")]
    [InlineData("1.5GB", "1.5GB")]
    [InlineData("64kb", "64KB")]
    public void Parse_Size_NormalisedForDuckDb(string text, string expected)
    {
        var limit = MemoryLimit.Parse(text);

        Assert.Equal(expected, limit.Text);
        Assert.Equal($"SET memory_limit = '{expected}';", limit.SetStatement);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("2")]
    [InlineData("0GB")]
    [InlineData("2TB")]
    [InlineData("-1GB")]
    [InlineData("2GB'; DROP TABLE person; --")]
    [InlineData("")]
    public void Parse_NotASize_RefusedWithWhatToWrite(string text)
    {
        var ex = Assert.Throws<FormatException>(() => MemoryLimit.Parse(text));

        Assert.Contains("such as 2GB or 1536MB", ex.Message, StringComparison.Ordinal);
        Assert.False(MemoryLimit.TryParse(text, out _));
    }

    [Fact]
    public void Default_IsTwoGigabytes() => Assert.Equal("2GB", MemoryLimit.Default.ToString());
}
