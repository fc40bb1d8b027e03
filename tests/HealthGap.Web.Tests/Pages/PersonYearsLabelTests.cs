namespace HealthGap.Web.Tests.Pages;

/// <summary>A rate over time at risk counts events over years lived; its pages must not say "people" or "out of".</summary>
public sealed class PersonYearsLabelTests
{
    [Fact]
    public async Task IndicatorPage_PersonYearsDenominator_NamesEventsAndYearsLived()
    {
        using var sample = new EditedSample(c => c with
        {
            Catalogue = [.. c.Catalogue.Select(e => e.Id == "emergency_admissions_dsr" ? e with { DenominatorIsPersonYears = true } : e)],
        });
        var client = sample.Client();

        var rate = await client.GetStringAsync("/indicator/emergency_admissions_dsr");
        var proportion = await client.GetStringAsync("/indicator/cancer_early_stage");

        Assert.Contains("Years lived (person-years)", rate, StringComparison.Ordinal);
        Assert.Contains("Events counted", rate, StringComparison.Ordinal);
        Assert.Contains("years lived (person-years: the time the people counted were registered and alive", rate, StringComparison.Ordinal);
        Assert.DoesNotContain(">Out of<", rate, StringComparison.Ordinal);
        Assert.Contains(">Out of<", proportion, StringComparison.Ordinal);
        Assert.DoesNotContain("Years lived", proportion, StringComparison.Ordinal);
    }
}
