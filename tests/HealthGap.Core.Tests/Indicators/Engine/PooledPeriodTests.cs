using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;

namespace HealthGap.Core.Tests.Indicators.Engine;

/// <summary>Pooled periods: their years, their labels, and labels read back.</summary>
public sealed class PooledPeriodTests
{
    private static readonly PeriodSpec FinancialYears = new(PeriodKind.FinancialYear, null) { PooledYears = 3 };

    [Fact]
    public void Pooled_ThreeFinancialYears_PartsAreTheYearsEndingWithTheLast()
    {
        var last = ReportingPeriod.Latest(FinancialYears, new DateOnly(2025, 3, 31), 1)[0];

        var pooled = ReportingPeriod.Pooled(FinancialYears, last, 3);

        Assert.Equal("2022-23 to 2024-25", pooled.Label);
        Assert.Equal((new DateOnly(2022, 4, 1), new DateOnly(2025, 3, 31)), (pooled.Start, pooled.End));
        Assert.Equal(["2022-23", "2023-24", "2024-25"], pooled.Parts.Select(p => p.Label));
        Assert.True(pooled.IsPooled);
        Assert.False(last.IsPooled);
        Assert.Equal([last], last.Parts);
    }

    [Theory]
    [InlineData(PeriodKind.FinancialYear, "2022-23 to 2024-25", 3)]
    [InlineData(PeriodKind.FinancialYear, "2020-21 to 2024-25", 5)]
    [InlineData(PeriodKind.CalendarYear, "2020 to 2024", 5)]
    public void Parse_PooledLabel_RoundTrips(PeriodKind kind, string label, int years)
    {
        var parsed = ReportingPeriod.Parse(new PeriodSpec(kind, null), label);

        Assert.NotNull(parsed);
        Assert.Equal(label, parsed.Label);
        Assert.Equal(years, parsed.Parts.Count);
        Assert.Equal(parsed, ReportingPeriod.Pooled(new PeriodSpec(kind, null), parsed.Parts[^1], years));
    }

    [Theory]
    [InlineData(PeriodKind.FinancialYear, "2024-25 to 2022-23")]
    [InlineData(PeriodKind.FinancialYear, "2024-25 to 2024-25")]
    [InlineData(PeriodKind.FinancialYear, "2010-11 to 2024-25")]
    [InlineData(PeriodKind.FinancialYear, "2022-23 to 2024")]
    [InlineData(PeriodKind.FinancialYear, "2022-23 to ")]
    [InlineData(PeriodKind.Quarter, "2024-25 Q1 to 2024-25 Q3")]
    public void Parse_NotAPool_Null(PeriodKind kind, string label) =>
        Assert.Null(ReportingPeriod.Parse(new PeriodSpec(kind, null), label));

    [Fact]
    public void Equals_SamePoolMadeTwice_EqualWithTheSameHash()
    {
        var a = ReportingPeriod.Parse(FinancialYears, "2022-23 to 2024-25")!;
        var b = ReportingPeriod.Pooled(FinancialYears, ReportingPeriod.Parse(FinancialYears, "2024-25")!, 3);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
