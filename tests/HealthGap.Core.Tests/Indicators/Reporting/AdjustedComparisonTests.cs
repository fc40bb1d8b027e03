using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Statistics;
using HealthGap.TestSupport.Indicators;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Reporting;

/// <summary>
/// Indirect standardisation of a group against its area, on a hand-made store whose expected counts are worked out
/// by hand: everyone is a woman aged 64 (one stratum per IMD quintile) but for one Black man aged 34.
/// Quintile 1: White 4 people (2 on the register), Black 4 (3); quintile 5: White 6 (1), Black 2 (0); the man, quintile 1, on it.
/// </summary>
public sealed class AdjustedComparisonTests : IDisposable
{
    private const string Hypertension = "10725009";
    private readonly TestStore _store = new();

    public AdjustedComparisonTests()
    {
        var id = 0;
        void Add(int decile, string group, int people, int onRegister, string sex = "F", int born = 1960)
        {
            for (var i = 0; i < people; i++)
            {
                _store.AddPerson(++id, new DateOnly(born, 6, 1), sex, decile, group == "White" ? "A" : "M", group);
                if (i < onRegister)
                {
                    _store.AddEvent(id, new DateOnly(2015, 1, 1), Hypertension);
                }
            }
        }

        Add(1, "White", 4, 2);
        Add(1, "Black", 4, 3);
        Add(9, "White", 6, 1);
        Add(9, "Black", 2, 0);
        Add(1, "Black", 1, 1, "M", 1990);
    }

    private static IndicatorDefinition Adjusted => Definition([new RegisteredCriterion()], new PersonCount([new OnRegisterCriterion("hyp_cod", "hypres_cod")]))
        with { Breakdowns = ["all", "imd_quintile", "ethnic_group"], AdjustedForDeprivation = ["ethnic_group"] };

    private IndicatorCounts Run(IndicatorDefinition definition, params string[] areaTypes) =>
        new IndicatorEngine(_store.Query, Codelists.Value).Run(new IndicatorCompiler().Compile(definition, Fy2024, areaTypes))[0];

    [Fact]
    public void Engine_AdjustedBreakdown_CountsGroupByQuintileAgeAndSex()
    {
        var strata = Run(Adjusted, "icb").AdjustmentStrata;

        Assert.All(strata, s => Assert.Equal("ethnic_group_by_imd_quintile", s.Breakdown));
        Assert.Equal(
            ["Black|1|12|F|3|4", "Black|1|6|M|1|1", "Black|5|12|F|0|2", "White|1|12|F|2|4", "White|5|12|F|1|6"],
            strata.Select(s => $"{s.Group}|{s.AgeBand}|{s.Sex}|{s.Numerator}|{s.Denominator}").Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Engine_AdjustedBreakdown_LeavesTheIndicatorStrataAsTheyWere()
    {
        var plain = Adjusted with { AdjustedForDeprivation = [] };

        Assert.Equal(Canonical(Run(plain, "icb", "practice")), Canonical(Run(Adjusted, "icb", "practice")));
        Assert.Empty(Run(plain, "icb").AdjustmentStrata);
    }

    [Fact]
    public void Engine_AdjustedBreakdown_OnlyAtIcbSubIcbAndPlace()
    {
        Assert.Empty(Run(Adjusted, "pcn", "practice").AdjustmentStrata);
        Assert.Equal(["icb", "place", "sub_icb"], Run(Adjusted, "icb", "sub_icb", "place", "pcn", "practice").AdjustmentStrata.Select(s => s.AreaType).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_HandMadeStore_ExpectedCountsMatchTheHandCalculation()
    {
        var comparisons = AdjustedComparison.Compare(Run(Adjusted, "icb").AdjustmentStrata).ToDictionary(c => c.Group);

        // Area rates: quintile 1 women 5/8, quintile 5 women 1/8, quintile 1 men aged 30-34 1/1.
        var black = comparisons["Black"].Result;
        Assert.Equal(4, black.Observed);
        Assert.Equal((4 * 5.0 / 8) + (2 * 1.0 / 8) + 1, black.Expected, 12);
        Assert.Equal(4 / 3.75, black.Estimate.Value!.Value, 12);
        var white = comparisons["White"].Result;
        Assert.Equal(3, white.Observed);
        Assert.Equal((4 * 5.0 / 8) + (6 * 1.0 / 8), white.Expected, 12);
        // Crude: Black 4 of 7 against the area's 7 of 17.
        Assert.Equal(4.0 / 7 / (7.0 / 17), comparisons["Black"].CrudeRatio!.Value, 12);
    }

    [Fact]
    public void Compare_RatioAndLimits_AreIndirectlyStandardisedRatioOnTheSameBands()
    {
        var comparison = AdjustedComparison.Compare(Run(Adjusted, "icb").AdjustmentStrata).Single(c => c.Group == "Black");
        var bands = new List<IndirectBand> { new(3, 4, 5, 8), new(1, 1, 1, 1), new(0, 2, 1, 8) };

        var expected = IndirectlyStandardised.Ratio(bands);

        Assert.Equal(expected.Expected, comparison.Result.Expected, 12);
        Assert.Equal(expected.Estimate.Value!.Value, comparison.Result.Estimate.Value!.Value, 12);
        Assert.Equal(expected.Estimate.Lower!.Value, comparison.Result.Estimate.Lower!.Value, 12);
        Assert.Equal(expected.Estimate.Upper!.Value, comparison.Result.Estimate.Upper!.Value, 12);
        Assert.Equal("Exact", comparison.Result.Estimate.Method);
    }

    [Fact]
    public void Build_NumeratorPublished_RowHasRatioAndExpectedToOneDecimal()
    {
        var counts = Run(Adjusted, "icb");
        var row = Assert.Single(AdjustedComparison.Build(counts, [Row("Black", Published(5)), Row("White", Published(5))]), r => r.Group == "Black");

        Assert.False(row.Suppressed);
        Assert.Equal(5, row.Observed);
        Assert.Equal(3.8, row.Expected);
        Assert.Equal(4 / 3.75, row.Ratio!.Value, 12);
        Assert.NotNull(row.LowerLimit);
        Assert.Equal("", row.NoValueReason);
    }

    [Fact]
    public void Build_NumeratorHidden_AdjustedRowHiddenForPrivacy()
    {
        var counts = Run(Adjusted, "icb");
        var rows = AdjustedComparison.Build(counts, [Row("Black", Hidden()), Row("White", Published(5))]);

        var black = Assert.Single(rows, r => r.Group == "Black");
        Assert.True(black.Suppressed);
        Assert.Equal(NoValueReasons.Privacy, black.NoValueReason);
        Assert.Null(black.Observed);
        Assert.Null(black.Expected);
        Assert.Null(black.Ratio);
        Assert.Null(black.LowerLimit);
        Assert.Null(black.UpperLimit);
        Assert.Null(black.CrudeRatio);
        Assert.False(Assert.Single(rows, r => r.Group == "White").Suppressed);
    }

    [Fact]
    public void Build_OnlyDenominatorHidden_AdjustedRowStillHidden()
    {
        var cell = Published(5) with { Denominator = null, DenominatorReason = SuppressionReason.Complementary };

        var black = Assert.Single(AdjustedComparison.Build(Run(Adjusted, "icb"), [Row("Black", cell)]));

        Assert.True(black.Suppressed);
        Assert.Null(black.CrudeRatio);
        Assert.Null(black.Ratio);
    }

    [Fact]
    public void Build_GroupWithoutAPublishedRow_HasNoAdjustedRow()
    {
        Assert.Equal(["White"], AdjustedComparison.Build(Run(Adjusted, "icb"), [Row("White", Published(5))]).Select(r => r.Group));
    }

    [Fact]
    public void Build_NoEventsExpected_RowSaysNoDataInsteadOfARatio()
    {
        // Mixed people are all in a stratum where nobody in the area had an event: expected 0, so no ratio.
        StratumCount Stratum(string group, int ageBand, long numerator, long denominator) =>
            new("icb", "QE1", "ethnic_group_by_imd_quintile", group, ageBand, "F", numerator, denominator);
        var counts = new IndicatorCounts(Adjusted, Fy2024, []) { AdjustmentStrata = [Stratum("Mixed|5", 3, 0, 5), Stratum("White|5", 3, 0, 20), Stratum("White|1", 12, 4, 10)] };

        var mixed = Assert.Single(AdjustedComparison.Build(counts, [Row("Mixed", Published(0)), Row("White", Published(5))]), r => r.Group == "Mixed");

        Assert.False(mixed.Suppressed);
        Assert.Null(mixed.Ratio);
        Assert.Equal(0, mixed.Expected);
        Assert.Equal(NoValueReasons.NoData, mixed.NoValueReason);
    }

    private static IndicatorRow Row(string group, PublishedCell cell) => new(
        "test_indicator", Fy2024.Start, Fy2024.End, Fy2024.Label, "icb", "QE1", "ICB", "ethnic_group", group, cell, "proportion of 100", "Wilson");

    private static PublishedCell Published(long numerator) =>
        new("x", numerator, 10, 50, 30, 70, SuppressionReason.None, SuppressionReason.None, SuppressionReason.None);

    private static PublishedCell Hidden() =>
        new("x", null, null, null, null, null, SuppressionReason.SmallCount, SuppressionReason.SmallCount, SuppressionReason.DerivedFromHidden);

    public void Dispose() => _store.Dispose();
}
