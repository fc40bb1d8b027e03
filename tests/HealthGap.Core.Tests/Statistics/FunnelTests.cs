using System.Globalization;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Tests.Statistics;

public sealed class FunnelTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void ProportionSignificance_Fixture_MatchesLabels()
    {
        var rows = FixtureCsv.Read("funnel_proportion_input.csv");

        var labels = FunnelSignificance.Proportion(rows.Select(r => new FunnelRecord(r.Required("numerator"), r.Number("denominator"))).ToArray());

        Assert.Equal(rows.Select(r => r["expected_significance"]), labels);
    }

    [Theory]
    [InlineData("all_rows", double.MaxValue)]
    [InlineData("denominator_lt_31000", 31000)]
    public void ProportionLimits_Fixture_MatchesPointsAndLimits(string caseId, double below)
    {
        var records = FixtureCsv.Read("funnel_proportion_input.csv").Where(r => r.Required("denominator") < below)
            .Select(r => new FunnelRecord(r.Required("numerator"), r.Number("denominator"))).ToArray();

        var limits = Funnel.ProportionLimits(records, 100);

        var expected = FixtureCsv.Read("funnel_proportion_limits_expected.csv").Where(r => r["case_id"] == caseId).ToArray();
        Assert.Equal(expected.Length, limits.Points.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (e, p) = (expected[i], limits.Points[i]);
            var what = $"{caseId} point {i + 1}";
            Assert.Equal(e.Required("population"), p.X);
            Absolute(e.Required("expected_lower_2s_limit"), p.Lower2s.Limit, what + " lower 2s");
            Absolute(e.Required("expected_upper_2s_limit"), p.Upper2s.Limit, what + " upper 2s");
            Absolute(e.Required("expected_lower_3s_limit"), p.Lower3s.Limit, what + " lower 3s");
            Absolute(e.Required("expected_upper_3s_limit"), p.Upper3s.Limit, what + " upper 3s");
            Absolute(e.Required("expected_baseline"), p.Baseline!.Value, what + " baseline");
        }
    }

    [Fact]
    public void RatioSignificance_Fixture_MatchesLabels()
    {
        var rows = FixtureCsv.Read("funnel_ratio_input.csv");

        var labels = FunnelSignificance.Ratio(rows.Select(r => new FunnelRecord(r.Required("obs"), r.Number("expected"))).ToArray());

        Assert.Equal(rows.Select(r => r["expected_significance"]), labels);
    }

    [Theory]
    [InlineData(FunnelRatioType.Count, "count")]
    [InlineData(FunnelRatioType.Isr, "isr")]
    public void RatioLimits_Fixture_MatchesPointsAndLimits(FunnelRatioType type, string suffix)
    {
        var records = FixtureCsv.Read("funnel_ratio_input.csv").Select(r => new FunnelRecord(r.Required("obs"), r.Number("expected"))).ToArray();

        var limits = Funnel.RatioLimits(records, type, 100);

        var expected = FixtureCsv.Read("funnel_ratio_limits_expected.csv");
        Assert.Equal(expected.Count, limits.Points.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, p) = (expected[i], limits.Points[i]);
            var what = $"{suffix} point {i + 1}";
            Assert.Equal(e.Required("observed_events"), p.X);
            foreach (var (name, limit) in new[] { ("lower_2s", p.Lower2s), ("upper_2s", p.Upper2s), ("lower_3s", p.Lower3s), ("upper_3s", p.Upper3s) })
            {
                Close.Relative(e.Required($"expected_{name}_exp_events"), limit.Denominator, Tolerance, $"{what} {name} E");
                // Count limits are O/E − 1, near zero for mid-funnel points: compare the ratio O/E itself.
                var shift = type == FunnelRatioType.Count ? 1 : 0;
                Close.Relative(e.Required($"expected_{name}_{suffix}") + shift, limit.Limit + shift, Tolerance, $"{what} {name}");
            }
        }
    }

    [Theory]
    [InlineData(FunnelRateType.Dsr, 100000, true)]
    [InlineData(FunnelRateType.Dsr, 100, true)]
    [InlineData(FunnelRateType.Dsr, 100000, false)]
    [InlineData(FunnelRateType.Dsr, 100, false)]
    [InlineData(FunnelRateType.Crude, 100000, true)]
    [InlineData(FunnelRateType.Crude, 100, true)]
    [InlineData(FunnelRateType.Crude, 100000, false)]
    [InlineData(FunnelRateType.Crude, 100, false)]
    public void RateSignificance_Fixture_MatchesLabels(FunnelRateType type, double multiplier, bool withZero)
    {
        var rows = FixtureCsv.Read("funnel_rate_significance.csv").Where(r => withZero || r.Required("count") > 0).ToArray();
        var kind = type == FunnelRateType.Dsr ? "dsr" : "crude";
        var rateColumn = type == FunnelRateType.Dsr ? "rate_dsr" : "rate_crude_per_" + multiplier.ToString(CultureInfo.InvariantCulture);
        var records = rows.Select(r => new FunnelRecord(r.Required("count"), r.Number("pop"), r.Number(rateColumn))).ToArray();

        var labels = FunnelSignificance.Rate(records, type, multiplier);

        var column = $"expected_sig_{kind}_per_{multiplier.ToString(CultureInfo.InvariantCulture)}_{(withZero ? "with" : "without")}_0";
        Assert.Equal(rows.Select(r => r[column]), labels);
    }

    [Theory]
    [InlineData("dsr_per_100000_3yrs", FunnelRateType.Dsr)]
    [InlineData("crude_per_100000_3yrs_lt10", FunnelRateType.Crude)]
    [InlineData("crude_per_100000_3yrs_zero_with_denominator", FunnelRateType.Crude)]
    public void RateLimits_Fixture_MatchesPointsAndLimits(string caseId, FunnelRateType type)
    {
        var records = FixtureCsv.Read("funnel_rate_limits_input.csv").Where(r => r["case_id"] == caseId)
            .Select(r => new FunnelRecord(r.Required("numerator"), r.Number("denominator"), r.Number("rate"))).ToArray();

        var limits = Funnel.RateLimits(records, type, 100000, 3);

        var expected = FixtureCsv.Read("funnel_rate_limits_expected.csv").Where(r => r["case_id"] == caseId).ToArray();
        Assert.Equal(expected[0]["expected_statistic"], limits.Statistic);
        Assert.Equal(expected[0]["expected_method"], limits.Method);
        for (var i = 0; i < expected.Length; i++)
        {
            var (e, p) = (expected[i], limits.Points[i]);
            var what = $"{caseId} point {i + 1}";
            Assert.Equal(e.Required("events"), p.X);
            Close.Relative(e.Required("expected_baseline"), p.Baseline, Tolerance, what + " baseline");
            foreach (var (name, limit) in new[] { ("lower_2s", p.Lower2s), ("upper_2s", p.Upper2s), ("lower_3s", p.Lower3s), ("upper_3s", p.Upper3s) })
            {
                Close.Relative(e.Required($"expected_{name}_population_1_year"), limit.Denominator, Tolerance, $"{what} {name} population");
                Close.Relative(e.Required($"expected_{name}_limit"), limit.Limit, Tolerance, $"{what} {name}");
            }
        }
    }

    [Fact]
    public void ChartPoints_Fixture_MatchesRatesAndDenominators()
    {
        foreach (var group in FixtureCsv.Read("funnel_points.csv").GroupBy(r => r["case_id"]))
        {
            var rows = group.ToArray();
            var type = rows[0]["rate_type"] == "dsr" ? FunnelRateType.Dsr : FunnelRateType.Crude;
            var supplied = rows[0]["denominator_supplied"] == "True";
            var records = rows.Select(r => new FunnelRecord(r.Required("numerator"), supplied ? r.Number("denominator") : null, r.Number("rate"))).ToArray();

            var points = Funnel.ChartPoints(records, type, rows[0].Required("multiplier"), rows[0].Required("years_of_data"));

            for (var i = 0; i < rows.Length; i++)
            {
                Close.Relative(rows[i].Number("expected_rate_chart"), points[i].RateChart, Tolerance, $"{group.Key} row {i + 1} rate");
                Close.Relative(rows[i].Number("expected_denominator_derived"), points[i].DenominatorDerived, Tolerance, $"{group.Key} row {i + 1} denominator");
            }
        }
    }

    [Fact]
    public void RateFunnel_ZeroEventsWithoutDenominator_Throws()
    {
        FunnelRecord[] records = [new(0, null, 0), new(10, null, 5)];

        var ex = Assert.Throws<StatisticsException>(() => FunnelSignificance.Rate(records, FunnelRateType.Crude, 100000));
        Assert.StartsWith("for rates, where there are 0 events for a record, the denominator must be provided", ex.Message, StringComparison.Ordinal);
    }

    private static void Absolute(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected}, got {actual}");
}
