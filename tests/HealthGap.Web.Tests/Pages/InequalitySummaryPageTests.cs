using System.Text.Json;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.TestSupport.Sample;

namespace HealthGap.Web.Tests.Pages;

/// <summary>
/// The gap box, overview and API carry the PAR, the Core20 contrast and trends that name their test; a
/// hidden input gives its reason and no figure.
/// </summary>
public sealed class InequalitySummaryPageTests
{
    [Fact]
    public async Task IndicatorPage_GapBox_SaysTheParInPlainWordsWithItsInterval()
    {
        using var sample = new EditedSample(c => c);

        var box = GapBox(await sample.Client().GetStringAsync("/indicator/emergency_admissions_dsr"));

        // Sample ICB 2024-25: PAR % 24.9 (17.7 to 31.8) for a lower-is-better rate.
        Assert.Contains("If everyone had the figure of the least deprived tenth (IMD decile 10), the figure for the whole area would be about 25% lower (95% CI 18% to 32%).", box, StringComparison.Ordinal);
        Assert.DoesNotContain("This could be chance: the 95% interval includes 0.", box, StringComparison.Ordinal);
        Assert.Contains("the figure is 1.17 times that of everyone else (95% CI 1.10 to 1.25)", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_Polish_SaysTheParInPolish()
    {
        using var sample = new EditedSample(c => c);

        var box = System.Net.WebUtility.HtmlDecode(GapBox(await sample.Client().GetStringAsync("/indicator/emergency_admissions_dsr?lang=pl")));

        Assert.Contains("Gdyby wszyscy mieli wartość najmniej ubogiej dziesiątej części (decyl IMD 10), wartość dla całego obszaru byłaby o około 25% niższa", box, StringComparison.Ordinal);
        Assert.Contains("Test z dla zmiany SII od 2022-23", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_ParIntervalHoldsZero_SaysItCouldBeChance()
    {
        using var sample = new EditedSample(c => c);

        var box = GapBox(await sample.Client().GetStringAsync("/indicator/cancer_early_stage"));

        // Higher is better: everyone at the least deprived tenth's share would raise the area's by 4.5% (−4.8% to 13.9%).
        Assert.Contains("would be about 4.5% higher (95% CI -4.8% to 14%).", box, StringComparison.Ordinal);
        Assert.Contains("This could be chance: the 95% interval includes 0.", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_DecileHidden_NoParFigureAndThePrivacyReason()
    {
        using var sample = new EditedSample(c => c.EditInequalities(
            r => r is { IndicatorId: "emergency_admissions_dsr", Period: "2024-25", AreaCode: "QWU" },
            r => r with
            {
                Sii = null, SiiLower = null, SiiUpper = null, Rii = null, RiiLower = null, RiiUpper = null, SiiQuantiles = "",
                Par = null, ParLower = null, ParUpper = null, ParPercent = null, ParPercentLower = null, ParPercentUpper = null,
                DeprivationReason = NoValueReasons.Privacy,
                Core20Ratio = null, Core20RatioLower = null, Core20RatioUpper = null, Core20Difference = null, Core20DifferenceLower = null, Core20DifferenceUpper = null,
                Core20Reason = NoValueReasons.Privacy,
            }));

        var box = GapBox(await sample.Client().GetStringAsync("/indicator/emergency_admissions_dsr"));

        Assert.DoesNotContain("If everyone had", box, StringComparison.Ordinal);
        Assert.DoesNotContain("times that of everyone else", box, StringComparison.Ordinal);
        Assert.Equal(2, Occurrences(box, "Hidden to protect privacy: the number of people is too small to publish safely."));
    }

    [Fact]
    public async Task IndicatorPage_TrendBadges_NameTheirTestAndSayWhenItCouldBeChance()
    {
        using var sample = new EditedSample(c => c);

        var box = GapBox(await sample.Client().GetStringAsync("/indicator/emergency_admissions_dsr"));

        Assert.Contains("No significant change (could be chance)", box, StringComparison.Ordinal);
        Assert.Contains("Z test for a change in the SII since 2022-23: p = 0.882.", box, StringComparison.Ordinal);
        Assert.Contains("Not enough periods to test a trend: the test needs 5.", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_SignificantTrends_ShowTheDirectionWithPolarityAndTheTest()
    {
        using var sample = new EditedSample(c => c.EditInequalities(
            r => r is { IndicatorId: "emergency_admissions_dsr", Period: "2024-25", AreaCode: "QWU" },
            r => r with
            {
                GapTrend = InequalityTrends.Widening, GapTrendPValue = 0.0123,
                ValueTrend = InequalityTrends.Increasing, ValueTrendMethod = InequalityTrends.WeightedLeastSquares, ValueTrendPValue = 0.0004,
            }));

        var html = await sample.Client().GetStringAsync("/");
        var row = html[html.IndexOf("/indicator/emergency_admissions_dsr", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];

        Assert.Contains("Widening", row, StringComparison.Ordinal);
        Assert.Contains("Z test for a change in the SII since 2022-23: p = 0.012.", row, StringComparison.Ordinal);
        // Emergency admissions rising is worse (lower is better).
        Assert.Contains("Getting worse", row, StringComparison.Ordinal);
        Assert.Contains("Test for trend over the last 5 periods (weighted least squares): p &lt; 0.001.", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Inequalities_CarryParCore20DifferenceAndTestedTrends()
    {
        using var sample = new EditedSample(c => c);

        using var doc = JsonDocument.Parse(await sample.Client().GetStringAsync("/api/inequalities?area=QWU&indicator=emergency_admissions_dsr&period=2024-25"));
        var summary = Assert.Single(doc.RootElement.EnumerateArray());

        Assert.Equal(24.91223924, summary.GetProperty("parPercent").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Number, summary.GetProperty("parPercentLowerCl").ValueKind);
        Assert.Equal(1400.777758, summary.GetProperty("core20Difference").GetDouble(), 4);
        Assert.Equal("no significant change", summary.GetProperty("gapTrend").GetString());
        Assert.Equal("2022-23", summary.GetProperty("gapTrendSince").GetString());
        Assert.Equal("not enough periods (needs 5)", summary.GetProperty("valueTrend").GetString());
    }

    [Fact]
    public async Task MethodsPage_DocumentsParCore20AndBothTrendTests()
    {
        using var sample = new EditedSample(c => c);

        var html = System.Net.WebUtility.HtmlDecode(await sample.Client().GetStringAsync("/methods"));

        Assert.Contains("ScotPHO", html, StringComparison.Ordinal);
        Assert.Contains("IMD 2019 deciles 1–2, that is quintile 1", html, StringComparison.Ordinal);
        Assert.Contains("chi-squared test for trend in proportions (Cochran–Armitage", html, StringComparison.Ordinal);
        Assert.Contains("z = (SII now − SII then) / √(SE₁² + SE₂²)", html, StringComparison.Ordinal);
    }

    private static string GapBox(string html) =>
        html[html.IndexOf("id=\"inequality\"", StringComparison.Ordinal)..html.IndexOf("/download/inequalities.csv", StringComparison.Ordinal)];

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
