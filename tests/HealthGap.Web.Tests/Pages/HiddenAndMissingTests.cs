using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.TestSupport.Sample;

namespace HealthGap.Web.Tests.Pages;

/// <summary>
/// A figure without a value says why (privacy only when the gate hid it), missing inputs never leave
/// template debris ("( to )", "(ratio: )"), and groups show in a sensible order with every PLUS flag.
/// </summary>
public sealed class HiddenAndMissingTests
{
    [Fact]
    public async Task IndicatorPage_ValueNotComputedForAStatisticalReason_IsNotCalledPrivacyAndShowsItsCounts()
    {
        using var sample = new EditedSample(c => c
            .EditRows(r => EditedSample.IsIcb2425(r, "age_band", "80+"), r => NoValue(r, 200, 360, suppressed: false, NoValueReasons.NotApplicable))
            .EditRows(r => EditedSample.IsIcb2425(r, "ethnic_group", "Other"), r => NoValue(r, 30, 50, suppressed: false, NoValueReasons.Unreliable))
            .EditRows(r => EditedSample.IsIcb2425(r, "ethnic_group", "Not stated"), r => NoValue(r, 0, 0, suppressed: true, NoValueReasons.NoData)));

        var html = await sample.Client().GetStringAsync("/indicator/cancer_early_stage");

        Assert.Contains("Not calculated for this group", html, StringComparison.Ordinal);
        Assert.Contains("Not shown because it would not be statistically reliable", html, StringComparison.Ordinal);
        Assert.Contains("Not reliable (too few)", html, StringComparison.Ordinal);
        Assert.Contains("Hidden to protect privacy", html, StringComparison.Ordinal);
        // Nobody in the group: left out, not shown as hidden.
        Assert.DoesNotContain("Not stated", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_InequalityInputsMissing_NoTemplateDebrisAndSaysNotPublished()
    {
        using var sample = new EditedSample(c => c.EditInequalities(
            r => r is { IndicatorId: "cancer_early_stage", Period: "2024-25", AreaCode: "QWU" },
            r => new InequalityRow(r.IndicatorId, r.Period, r.AreaType, r.AreaCode, null, null, null, 1.1046, null, null, null, null, null, null, null, "")));

        var html = await sample.Client().GetStringAsync("/indicator/cancer_early_stage");
        var box = html[html.IndexOf("How big is the gap?", StringComparison.Ordinal)..html.IndexOf("id=\"ethnicity\"", StringComparison.Ordinal)];

        Assert.DoesNotContain("( to )", box, StringComparison.Ordinal);
        Assert.DoesNotContain("(ratio: )", box, StringComparison.Ordinal);
        Assert.DoesNotContain("()", box, StringComparison.Ordinal);
        Assert.DoesNotContain("differs by about", box, StringComparison.Ordinal);
        Assert.Contains("1.10<br>", box, StringComparison.Ordinal);
        Assert.Contains("Not published for this area and period", box, StringComparison.Ordinal);
        Assert.Contains("we cannot say whether the gap is beyond chance", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_IntervalMissing_NoStrayTo()
    {
        using var sample = new EditedSample(c => c.EditRows(
            r => EditedSample.IsIcb2425(r, "all", "all"), r => r with { Cell = r.Cell with { LowerLimit = null, UpperLimit = null } }));
        var client = sample.Client();

        var overview = await client.GetStringAsync("/");
        var indicator = await client.GetStringAsync("/indicator/cancer_early_stage");

        Assert.DoesNotContain("<span class=\"hg-interval\"> to </span>", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("between  and ", indicator, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_LifeExpectancy_IsInYearsAndOverviewValuesHaveUnits()
    {
        using var sample = new EditedSample(c => c.EditCatalogue(
            e => e.Measure == MeasureType.DirectlyStandardisedRate, e => e with { Measure = MeasureType.LifeExpectancy }));
        var client = sample.Client();

        var indicator = await client.GetStringAsync("/indicator/emergency_admissions_dsr");
        var overview = await client.GetStringAsync("/");

        Assert.Contains("<span class=\"hg-unit\">years</span>", indicator, StringComparison.Ordinal);
        Assert.DoesNotContain(">value<", indicator, StringComparison.Ordinal);
        Assert.Contains("<span class=\"hg-interval hg-unit-small\">%</span>", overview, StringComparison.Ordinal);
        Assert.Contains("<span class=\"hg-interval hg-unit-small\">years</span>", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_AgeBands_SortByAgeNotAsText()
    {
        using var sample = new EditedSample(c => c.AddRows(
            EditedSample.Icb2425("age_band", "10-14", 70, 120, 58.33, 49.39, 66.76),
            EditedSample.Icb2425("age_band", "5-9", 70, 120, 58.33, 49.39, 66.76)));

        var html = await sample.Client().GetStringAsync("/indicator/cancer_early_stage");

        Assert.True(html.IndexOf(">5-9<", StringComparison.Ordinal) < html.IndexOf(">10-14<", StringComparison.Ordinal), "5-9 must come before 10-14");
        Assert.True(html.IndexOf(">10-14<", StringComparison.Ordinal) < html.IndexOf(">18-39<", StringComparison.Ordinal), "10-14 must come before 18-39");
    }

    [Fact]
    public async Task IndicatorPage_EveryPlusFlagOfTheEngine_IsShown()
    {
        using var sample = new EditedSample(c => c.AddRows(
            EditedSample.Icb2425("assisted_bin_collection", "Yes", 140, 250, 56, 49.8, 62.0),
            EditedSample.Icb2425("assisted_bin_collection", "No", 1200, 2150, 55.8, 53.7, 57.9)));

        var html = await sample.Client().GetStringAsync("/indicator/cancer_early_stage");
        var plus = html[html.IndexOf("id=\"plus\"", StringComparison.Ordinal)..];

        Assert.Contains("Needs an assisted bin collection", plus, StringComparison.Ordinal);
    }

    // A row the statistics gave no value: counts shown (or hidden, for a group of nobody), the reason said.
    private static IndicatorRow NoValue(IndicatorRow row, long numerator, long denominator, bool suppressed, string reason) =>
        row with
        {
            Cell = new PublishedCell(row.Cell.Id, numerator, denominator, null, null, null, SuppressionReason.None, SuppressionReason.None,
                suppressed ? SuppressionReason.SmallCount : SuppressionReason.None),
            NoValueReason = reason,
        };
}
