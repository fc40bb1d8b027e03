using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Tests.Statistics;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Reporting;

public sealed class MeasureCalculatorTests
{
    private static readonly IReadOnlyList<int> Esp = HealthGap.Core.Reference.ReferenceData.Load().Esp2013.Bands.Select(b => b.Weight).ToList();

    private static readonly ExpectedPrevalence Rates = new("test", [
        new ExpectedRate(16, 24, 0.06, 0.02), new ExpectedRate(25, 64, 0.3, 0.2), new ExpectedRate(65, null, 0.64, 0.75),
    ]);

    private static IndicatorDefinition Isr => Definition([new AgeCriterion(16, null)], measure: MeasureType.IndirectlyStandardisedRatio) with { Expected = Rates };

    private static StratumCount Stratum(int band, string sex, long numerator, long denominator) => new("icb", "QE1", "all", "All", band, sex, numerator, denominator);

    [Fact]
    public void Compute_ObservedVsExpected_MatchesHandCalculation()
    {
        // Expected: 50 men 15-19 × 0.06 = 3; 40 women 65-69 × 0.75 = 30; 10 of unknown sex 80-84 × (0.64 + 0.75) / 2 = 6.95 → 39.95.
        // Observed 22 (≥ 10, so Byar's limits on 22, divided by 39.95, × 100).
        var strata = new[] { Stratum(3, "M", 2, 50), Stratum(13, "F", 20, 40), Stratum(16, "U", 0, 10) };

        var (estimate, rate) = MeasureCalculator.Compute(Isr, strata, Esp);

        Close.Relative(22 / 39.95 * 100, estimate.Value, 1e-12, "ratio");
        Close.Relative(ByarsLower(22) / 39.95 * 100, estimate.Lower, 1e-9, "lower");
        Close.Relative(ByarsUpper(22) / 39.95 * 100, estimate.Upper, 1e-9, "upper");
        Assert.Equal("Byars", estimate.Method);
        Assert.Equal("indirectly standardised ratio x 100", MeasureCalculator.Statistic(Isr));
        Assert.NotNull(rate);
        Close.Relative(Math.Sqrt(22) / 39.95 * 100, rate.StandardError, 1e-12, "standard error");
    }

    [Fact]
    public void Compute_ObservedVsExpectedFewerThan10_UsesExactLimits()
    {
        var (estimate, _) = MeasureCalculator.Compute(Isr, [Stratum(10, "F", 4, 40)], Esp);

        Close.Relative(4 / 8.0 * 100, estimate.Value, 1e-12, "ratio");
        Assert.Equal("Exact", estimate.Method);
    }

    [Fact]
    public void Compute_ObservedVsExpectedNoPopulation_HasNoValue()
    {
        var (estimate, rate) = MeasureCalculator.Compute(Isr, [Stratum(10, "F", 0, 0)], Esp);

        Assert.Null(estimate.Value);
        Assert.Null(rate);
    }

    [Theory]
    [InlineData(3, "M", 0.06)]
    [InlineData(4, "F", 0.02)]
    [InlineData(5, "M", 0.3)]
    [InlineData(12, "F", 0.2)]
    [InlineData(13, "F", 0.75)]
    [InlineData(18, "U", 0.695)]
    public void ExpectedRate_EspBandAndSex_PicksTheBandHoldingIt(int band, string sex, double rate)
    {
        Close.Relative(rate, Rates.Rate(band, sex), 1e-12, $"band {band} {sex}");
    }

    private static double ByarsLower(double o) => o * Math.Pow(1 - (1 / (9 * o)) - (1.959963984540054 / (3 * Math.Sqrt(o))), 3);

    private static double ByarsUpper(double o) => (o + 1) * Math.Pow(1 - (1 / (9 * (o + 1))) + (1.959963984540054 / (3 * Math.Sqrt(o + 1))), 3);
}
