using HealthGap.Core.Disclosure;

namespace HealthGap.Core.Tests.Disclosure;

public sealed class DisclosureGateTests
{
    private static readonly DisclosureGate Gate = DisclosureGate.Standard;

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    public void Apply_CountOneToSeven_IsSuppressedNotZero(long count)
    {
        var published = Gate.Apply(new DisclosureTable("t", [new DisclosureCell("a", count, 1000, 0.1, 0.05, 0.2)], []));

        var cell = published["a"];
        Assert.Null(cell.Numerator);
        Assert.Null(cell.Value);
        Assert.Null(cell.LowerLimit);
        Assert.Equal(SuppressionReason.SmallCount, cell.NumeratorReason);
        Assert.Equal(SuppressionReason.DerivedFromHidden, cell.ValueReason);
        Assert.True(cell.Suppressed);
        Assert.Equal(1000, cell.Denominator);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(8, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]
    [InlineData(1234, 1235)]
    public void Apply_PublishableCount_IsRoundedToNearestFive(long count, long expected)
    {
        var cell = Gate.Apply(new DisclosureTable("t", [new DisclosureCell("a", count)], []))["a"];

        Assert.Equal(expected, cell.Numerator);
        Assert.False(cell.Suppressed);
    }

    [Fact]
    public void Apply_SmallDenominator_HidesValueAndDenominator()
    {
        var cell = Gate.Apply(new DisclosureTable("t", [new DisclosureCell("a", 0, 5, 0.0, 0.0, 0.4)], []))["a"];

        Assert.Equal(0, cell.Numerator);
        Assert.Null(cell.Denominator);
        Assert.Null(cell.Value);
        Assert.Equal(SuppressionReason.DerivedFromHidden, cell.ValueReason);
    }

    [Fact]
    public void Apply_LargeCounts_KeepValueComputedFromTrueCounts()
    {
        var cell = Gate.Apply(new DisclosureTable("t", [new DisclosureCell("a", 52, 1003, 0.0518, 0.04, 0.067)], []))["a"];

        Assert.Equal(50, cell.Numerator);
        Assert.Equal(1005, cell.Denominator);
        Assert.Equal(0.0518, cell.Value);
        Assert.False(cell.Suppressed);
    }

    [Fact]
    public void Apply_OneHiddenPartInMargin_HidesNextSmallestPart()
    {
        DisclosureCell[] cells =
        [
            new("total", 183), new("q1", 3), new("q2", 50), new("q3", 60), new("q4", 70), new("unknown", 0),
        ];
        var table = new DisclosureTable("t", cells, [new DisclosureMargin("total", ["q1", "q2", "q3", "q4", "unknown"])]);

        var published = Gate.Apply(table);

        Assert.Equal(SuppressionReason.SmallCount, published["q1"].NumeratorReason);
        Assert.Equal(SuppressionReason.Complementary, published["q2"].NumeratorReason);
        Assert.Equal(185, published["total"].Numerator);
        Assert.Equal(0, published["unknown"].Numerator);
    }

    [Fact]
    public void Apply_HiddenTotal_HidesAPartToo()
    {
        var table = new DisclosureTable(
            "t",
            [new("total", 6), new("a", 6), new("b", 0)],
            [new DisclosureMargin("total", ["a", "b"])]);

        var published = Gate.Apply(table);

        Assert.All(published.Cells.Where(c => c.Id != "b"), c => Assert.Null(c.Numerator));
        Assert.Equal(2, RecoverabilityOracle.HiddenCount(published));
    }

    [Fact]
    public void Apply_EveryOutput_CarriesPolicyNameAndVersion()
    {
        var published = Gate.Apply(new DisclosureTable("t", [new DisclosureCell("a", 3)], []));

        Assert.Equal("HealthGap standard v1", published.Policy.Label);
        Assert.Equal("[c]", DisclosureGate.Marker);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 5)]
    [InlineData(2, 5)]
    [InlineData(8, 0)]
    public void Policy_ThatWouldSwitchProtectionOff_IsRefused(int threshold, int roundTo)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new DisclosurePolicy("local", "1", threshold, roundTo));

        Assert.Contains(threshold < 3 ? "cannot be switched off" : "rounded", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_DuplicateId_FailsNamingTableAndId()
    {
        var ex = Assert.Throws<ArgumentException>(() => Gate.Apply(new DisclosureTable("smi checks", [new("a", 10), new("a", 11)], [])));

        Assert.Contains("smi checks", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'a'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MarginNamingUnknownCell_FailsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => Gate.Apply(new DisclosureTable("t", [new("a", 10)], [new DisclosureMargin("a", ["zz"])])));

        Assert.Contains("'zz'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowsSummaryOf_AnyHiddenInput_IsFalse()
    {
        var published = Gate.Apply(new DisclosureTable("t", [new("a", 3), new("b", 30)], []));

        Assert.False(DisclosureGate.AllowsSummaryOf(published.Cells));
        Assert.True(DisclosureGate.AllowsSummaryOf([published["b"]]));
    }
}
