using System.Net;
using System.Text.Json;
using HealthGap.Core.Indicators.Reporting;

namespace HealthGap.Web.Tests.Pages;

/// <summary>
/// The report's adjusted.csv (groups compared after allowing for deprivation, age and sex) on the indicator page,
/// in plain words, and in the API: published comparisons with their ratio and interval, hidden ones without figures.
/// </summary>
public sealed class AdjustedComparisonTests : IDisposable
{
    private static readonly AdjustedRow Black = new(
        "cancer_early_stage", new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), "2024-25", "icb", "QWU", "ICB", "ethnic_group", "Black",
        185, 181.4, 1.02, 0.95, 1.10, 1.21, "Byars", false, "");

    private static readonly AdjustedRow Asian = Black with { Group = "Asian", Ratio = 0.73, LowerLimit = 0.68, UpperLimit = 0.78, CrudeRatio = 0.63 };

    private static readonly AdjustedRow Other = Black with
    {
        Group = "Other", Observed = null, Expected = null, Ratio = null, LowerLimit = null, UpperLimit = null, CrudeRatio = null, Method = "",
        Suppressed = true, NoValueReason = NoValueReasons.Privacy,
    };

    private readonly EditedSample _sample = new(c => c with { Adjusted = [Asian, Black, Other] });

    [Fact]
    public async Task IndicatorPage_AdjustedRows_SayInPlainWordsWhatTheAdjustmentFound()
    {
        var html = WebUtility.HtmlDecode(await _sample.Client().GetStringAsync("/indicator/cancer_early_stage?period=2024-25"));

        Assert.Contains("Allowing for deprivation, age and sex", html, StringComparison.Ordinal);
        Assert.Contains("After allowing for where people live (deprivation), their age and sex, people of Black ethnicity had 1.02 times the expected rate (0.95 to 1.10): the difference could be chance.", html, StringComparison.Ordinal);
        Assert.Contains("people of Asian ethnicity had 0.73 times the expected rate (0.68 to 0.78): lower than expected, and unlikely to be chance.", html, StringComparison.Ordinal);
        Assert.Contains("Before this adjustment their rate was 1.21 times the area's.", html, StringComparison.Ordinal);
        Assert.Contains("Other: not published, to protect privacy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_Polish_AdjustedSectionTranslated()
    {
        var html = WebUtility.HtmlDecode(await _sample.Client().GetStringAsync("/indicator/cancer_early_stage?period=2024-25&lang=pl"));

        Assert.Contains("Uwzględniając deprywację, wiek i płeć", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_NoAdjustedRows_NoSection()
    {
        using var factory = new HealthGapWebFactory();
        var html = await factory.CreateClient().GetStringAsync("/indicator/cancer_early_stage?period=2024-25");

        Assert.DoesNotContain("id=\"adjusted\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Adjusted_ServesPublishedFiguresAndHidesTheHidden()
    {
        using var doc = JsonDocument.Parse(await _sample.Client().GetStringAsync("/api/adjusted?indicator=cancer_early_stage&period=2024-25"));

        var rows = doc.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("group").GetString()!);
        Assert.Equal(3, rows.Count);
        Assert.Equal(1.02, rows["Black"].GetProperty("ratio").GetDouble());
        Assert.Equal(0.95, rows["Black"].GetProperty("lowerCl").GetDouble());
        Assert.Equal(181.4, rows["Black"].GetProperty("expected").GetDouble());
        Assert.Equal(1.21, rows["Black"].GetProperty("crudeRatio").GetDouble());
        Assert.True(rows["Other"].GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rows["Other"].GetProperty("ratio").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows["Other"].GetProperty("observed").ValueKind);
        Assert.Equal("privacy", rows["Other"].GetProperty("hiddenReason").GetString());
    }

    [Fact]
    public async Task Api_Adjusted_FiltersAndRefusesAnUnknownPeriod()
    {
        var client = _sample.Client();

        Assert.Equal("[]", await client.GetStringAsync("/api/adjusted?indicator=no_such_indicator"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/adjusted?period=1999-00")).StatusCode);
    }

    public void Dispose() => _sample.Dispose();
}
