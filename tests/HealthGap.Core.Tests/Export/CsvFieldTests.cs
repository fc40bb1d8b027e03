using HealthGap.Core.Export;

namespace HealthGap.Core.Tests.Export;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("-", "'-")]
    [InlineData("-.", "'-.")]
    [InlineData("-1e", "'-1e")]
    [InlineData("-Infinity", "'-Infinity")]
    [InlineData("- 5", "'- 5")]
    public void Escape_FormulaLikeText_IsPrefixedWithAnApostrophe(string cell, string expected) =>
        Assert.Equal(expected, CsvField.Escape(cell));

    [Theory]
    [InlineData("-12.5")]
    [InlineData("+3")]
    [InlineData("-0.0001")]
    [InlineData("-1.2E-05")]
    [InlineData("-7280.705")]
    [InlineData(".5")]
    [InlineData("Blackpool")]
    [InlineData("[c]")]
    [InlineData("")]
    public void Escape_NumbersAndOrdinaryText_AreUnchanged(string cell) =>
        Assert.Equal(cell, CsvField.Escape(cell));

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Escape_SeparatorsAndQuotes_AreQuotedAsRfc4180Says(string cell, string expected) =>
        Assert.Equal(expected, CsvField.Escape(cell));

    [Fact]
    public void Escape_Null_IsEmpty() => Assert.Equal(string.Empty, CsvField.Escape(null));
}
