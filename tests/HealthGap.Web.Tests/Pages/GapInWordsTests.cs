using System.Globalization;
using System.Text.RegularExpressions;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.TestSupport.Sample;

namespace HealthGap.Web.Tests.Pages;

/// <summary>
/// The overview ranks indicators by how far behind the most deprived are (polarity read), says who is worse
/// off in words, and every page defines the RII as PHEindicatormethods does: a ratio with 1 for no gap.
/// </summary>
public sealed partial class GapInWordsTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Overview_SampleResults_RanksByTheGapAgainstTheMostDeprivedReadWithPolarity()
    {
        var html = await _client.GetStringAsync("/");
        var shown = IndicatorLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

        // From the sample's inequalities.csv (ICB, 2024-25) and polarities: lower-is-better indicators with an RII
        // well below 1 (more admissions among the most deprived) are the widest gaps against them.
        var polarity = new Dictionary<string, bool>
        {
            ["cancer_early_stage"] = true, ["hypertension_treated_to_target"] = true, ["emergency_admissions_dsr"] = false,
            ["cancer_emergency_presentation"] = false, ["smi_physical_health_check"] = true,
        };
        var expected = File.ReadLines(Path.Combine(HealthGapWebFactory.SampleResults, "inequalities.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[1] == "2024-25" && f[3] == "QWU")
            .OrderByDescending(f => (polarity[f[0]] ? 1 : -1) * Math.Log(double.Parse(f[7], CultureInfo.InvariantCulture)))
            .Select(f => f[0]).ToList();
        Assert.Equal(expected, shown);
        Assert.Equal("emergency_admissions_dsr", shown[0]);
    }

    [Fact]
    public async Task Overview_SampleResults_SaysWhoIsWorseOffAndByHowMuch()
    {
        var html = await _client.GetStringAsync("/");

        // Emergency admissions: RII 0.5724, so 1/0.5724 = 1.75 times as high at the most deprived end; lower is better.
        Assert.Contains("People in the most deprived neighbourhoods are worse off. The figure is 1.75 times as high at the most deprived end as at the least deprived end.", html, StringComparison.Ordinal);
        // Cancers found early: RII 1.1095, higher is better, so the most deprived are behind.
        Assert.Contains("The figure is 1.11 times as high at the least deprived end as at the most deprived end.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0 means no gap", html, StringComparison.Ordinal);
        Assert.Contains("1 means no gap", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/indicator/emergency_admissions_dsr")]
    [InlineData("/methods")]
    [InlineData("/?lang=pl")]
    [InlineData("/methods?lang=pl")]
    public async Task Page_DefinesTheRiiAsPheDoes_ARatioWithOneForNoGap(string path)
    {
        var html = await _client.GetStringAsync(path);

        Assert.DoesNotContain("0 means no gap", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0 oznacza brak", html, StringComparison.Ordinal);
        Assert.DoesNotContain("divided by the overall value", html, StringComparison.Ordinal);
        Assert.DoesNotContain("podzielony przez wartość ogólną", html, StringComparison.Ordinal);
        Assert.Matches("(1 means no gap|1 oznacza brak różnicy)", html);
    }

    [Fact]
    public async Task IndicatorPage_SiiSign_IsSaidInPlainWords()
    {
        var html = await _client.GetStringAsync("/indicator/emergency_admissions_dsr");

        Assert.Contains("higher at the most deprived end than at the least deprived end (a negative SII)", html, StringComparison.Ordinal);
        Assert.Contains("Gap between the most and least deprived fifths (quintile 1 minus quintile 5)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_NeutralPolarity_IsRankedApartAndNotCalledUncomparable()
    {
        using var sample = new EditedSample(c => c.EditCatalogue(e => e.Polarity == Polarity.LowerBetter, e => e with { Polarity = Polarity.Context }));

        var html = await sample.Client().GetStringAsync("/");
        var neutral = html[html.IndexOf("Gaps where neither higher nor lower is better", StringComparison.Ordinal)..];

        Assert.Contains("/indicator/emergency_admissions_dsr", neutral, StringComparison.Ordinal);
        Assert.Contains("/indicator/cancer_emergency_presentation", neutral, StringComparison.Ordinal);
        Assert.DoesNotContain("/indicator/cancer_early_stage", neutral, StringComparison.Ordinal);
        Assert.Contains("this is a difference, not a disadvantage", neutral, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot compare", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"/indicator/([a-z_0-9]+)\\?period=")]
    private static partial Regex IndicatorLink();
}
