using System.Net;
using System.Text.RegularExpressions;

namespace HealthGap.Web.Tests.Pages;

/// <summary>The place page and the funnel plot judge a place against the ICS by one rule, in the same words.</summary>
public sealed partial class PlaceVersusFunnelTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("E08000026", "Coventry")]
    [InlineData("E07000221", "Stratford-on-Avon")]
    [InlineData("E07000219", "Nuneaton and Bedworth")]
    public async Task PlacePage_EveryIndicator_AgreesWithTheFunnelPlot(string code, string name)
    {
        var place = await _client.GetStringAsync($"/place/{code}");
        Assert.Contains("the same limits as the funnel plot", place, StringComparison.Ordinal);
        var checkedAny = false;

        foreach (var id in new[] { "cancer_early_stage", "hypertension_treated_to_target", "emergency_admissions_dsr", "cancer_emergency_presentation", "smi_physical_health_check" })
        {
            var indicator = await _client.GetStringAsync($"/indicator/{id}");
            var funnelRow = Regex.Match(indicator, $">{Regex.Escape(name)}</a></th>(.*?)</tr>", RegexOptions.Singleline);
            var placeRow = Regex.Match(place, $"/indicator/{id}\\?area={code}[^\"]*\">(.*?)</tr>", RegexOptions.Singleline);
            Assert.True(funnelRow.Success && placeRow.Success, $"{id}: rows not found");

            var funnelSays = WebUtility.HtmlDecode(LastCell().Match(funnelRow.Groups[1].Value).Groups[1].Value).Trim();
            var placeSays = WebUtility.HtmlDecode(LastCell().Match(placeRow.Groups[1].Value).Groups[1].Value).Trim();
            if (funnelSays.Length == 0)
            {
                continue;
            }

            Assert.EndsWith(funnelSays, placeSays, StringComparison.Ordinal);
            checkedAny = true;
        }

        Assert.True(checkedAny, "no indicator had a funnel position to compare");
    }

    [GeneratedRegex("<td[^>]*>([^<]*)</td>\\s*$", RegexOptions.Singleline)]
    private static partial Regex LastCell();
}
