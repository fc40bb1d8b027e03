using HealthGap.Core.Funding;
using HealthGap.Core.Funding.Allocation;

namespace HealthGap.Core.Tests.Funding.Allocation;

/// <summary>
/// The need index built from a HealthGap report (indicators.csv + catalogue.json) over the worked example
/// (A: 1,000 residents, B: 3,000, C: none; £10,000). Latest period only, all-persons rows only, polarity read.
/// </summary>
public sealed class ReportNeedIndexTests
{
    private const string Header = "indicator_id,period_start,period_end,area_type,area_code,area_name,breakdown,group,numerator,denominator,value,lowercl,uppercl,statistic,method,suppressed\n";

    // emerg (lower is better): latest A 30, B 10, C 5 (the older period and the decile row must be ignored; the report writes group 'All').
    // uptake (higher is better): A 40, B 80, C 60.
    private const string Rows =
        "emerg,2023-04-01,2024-03-31,place,A,Place A,all,all,1,1,10,,,dsr,Dobson,false\n" +
        "emerg,2023-04-01,2024-03-31,place,B,Place B,all,all,1,1,10,,,dsr,Dobson,false\n" +
        "emerg,2024-04-01,2025-03-31,place,A,Place A,all,All,1,1,30,,,dsr,Dobson,false\n" +
        "emerg,2024-04-01,2025-03-31,place,A,Place A,imd_decile,1,1,1,999,,,dsr,Dobson,false\n" +
        "emerg,2024-04-01,2025-03-31,place,B,Place B,all,All,1,1,10,,,dsr,Dobson,false\n" +
        "emerg,2024-04-01,2025-03-31,place,C,Place C,all,all,1,1,5,,,dsr,Dobson,false\n" +
        "emerg,2024-04-01,2025-03-31,icb,ICB,The ICB,all,all,1,1,14,,,dsr,Dobson,false\n" +
        "uptake,2024-04-01,2025-03-31,place,A,Place A,all,all,1,1,40,,,proportion,Wilson,false\n" +
        "uptake,2024-04-01,2025-03-31,place,B,Place B,all,all,1,1,80,,,proportion,Wilson,false\n" +
        "uptake,2024-04-01,2025-03-31,place,C,Place C,all,all,1,1,60,,,proportion,Wilson,false\n";

    private const string Catalogue = """[{"id":"emerg","polarity":"lower-better"},{"id":"uptake","polarity":"higher-better"}]""";

    [Fact]
    public void NeedIndex_TwoIndicatorsHalfEach_MatchesHandComputedPounds()
    {
        // emerg: mean (1000×30 + 3000×10) / 4000 = 15 → A 2, B 2/3. uptake: mean 70, higher is better → A 70/40 = 1.75, B 70/80 = 0.875.
        // N_A = 1.875, N_B = 0.7708…; weights 1,875 and 2,312.5 → A £4,477.61, B £5,522.39 → A gets the spare pound.
        var scenario = Allocate(("emerg", 0.5m), ("uptake", 0.5m));

        Assert.Equal([4_478, 5_522, 0], WorkedExample.Amounts(scenario));
        Assert.Contains("uptake=0.5 (higher is better) 2024-04-01/2025-03-31", scenario.Formula);
    }

    [Fact]
    public void NeedIndex_LowerIsBetterIndicator_HigherValueMeansMoreNeed()
    {
        // A's emergency admission rate is 3× B's: 2,000 vs 2,000 weight, so A gets 3× B's pounds per head.
        Assert.Equal([5_000, 5_000, 0], WorkedExample.Amounts(Allocate(("emerg", 1m))));
    }

    [Fact]
    public void NeedIndex_HigherIsBetterIndicator_LowerValueMeansMoreNeed()
    {
        // A's uptake (40) is half B's (80): A scores 1.75, B 0.875 → 1,750 : 2,625. Read the wrong way round A would get £1,429.
        Assert.Equal([4_000, 6_000, 0], WorkedExample.Amounts(Allocate(("uptake", 1m))));
    }

    [Fact]
    public void NeedIndex_SuppressedValue_IsAnErrorNamingAreaLineAndWhatToDo()
    {
        var rows = Rows.Replace("place,B,Place B,all,all,1,1,80,,,proportion,Wilson,false", "place,B,Place B,all,all,,,,,,proportion,Wilson,true", StringComparison.Ordinal);

        var ex = Assert.Throws<FundingInputException>(() => Allocate(rows, ("uptake", 1m)));

        Assert.Equal(10, ex.Line);
        Assert.Contains("suppressed by the disclosure gate", ex.Message);
        Assert.Contains("larger level", ex.Message);
    }

    [Fact]
    public void NeedIndex_AreaMissingFromReport_IsAnError()
    {
        var rows = Rows.Replace("emerg,2024-04-01,2025-03-31,place,C,Place C,all,all,1,1,5,,,dsr,Dobson,false\n", string.Empty, StringComparison.Ordinal);

        var ex = Assert.Throws<FundingInputException>(() => Allocate(rows, ("emerg", 1m)));

        Assert.Contains("no all-persons value of emerg (2024-04-01/2025-03-31) for C", ex.Message);
    }

    [Theory]
    [InlineData("nonesuch", "has no all-persons rows")]
    [InlineData("missing_from_catalogue", "not in the report")]
    public void NeedIndex_UnknownIndicator_IsAnError(string id, string message)
    {
        var rows = Rows + $"missing_from_catalogue,2024-04-01,2025-03-31,place,A,Place A,all,all,1,1,1,,,dsr,Dobson,false\n";
        var catalogue = Catalogue.Replace("]", """,{"id":"nonesuch","polarity":"lower-better"}]""", StringComparison.Ordinal);

        var ex = Assert.Throws<FundingInputException>(() => Allocate(rows, catalogue, (id, 1m)));

        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void NeedIndex_NoIndicatorWeights_SaysToNameThem()
    {
        var path = Write(Rows, Catalogue);

        var ex = Assert.Throws<FundingInputException>(() => AllocationRules.Create("need-index", new AllocationRuleOptions { NeedReportFile = path }));

        Assert.Contains("--indicator-weight ID=WEIGHT", ex.Message);
    }

    [Fact]
    public void NeedIndex_NoCatalogueBesideTheReport_IsAnError()
    {
        var path = WorkedExample.Csv("indicators.csv", Header + Rows);

        var ex = Assert.Throws<FundingInputException>(() => AllocationRules.Create("need-index", Options(path, ("emerg", 1m))));

        Assert.Contains("catalogue.json", ex.Message);
    }

    [Fact]
    public void NeedIndex_BothReportAndWeightsFile_IsRefused()
    {
        var options = Options(Write(Rows, Catalogue), ("emerg", 1m)) with { WeightsFile = "values.csv" };

        var ex = Assert.Throws<FundingInputException>(() => AllocationRules.Create("need-index", options));

        Assert.Contains("not both", ex.Message);
    }

    private static AllocationScenario Allocate(params (string Id, decimal Weight)[] weights) => Allocate(Rows, Catalogue, weights);

    private static AllocationScenario Allocate(string rows, params (string Id, decimal Weight)[] weights) => Allocate(rows, Catalogue, weights);

    private static AllocationScenario Allocate(string rows, string catalogue, params (string Id, decimal Weight)[] weights) =>
        WorkedExample.Allocate(AllocationRules.Create("need-index", Options(Write(rows, catalogue), weights)));

    private static AllocationRuleOptions Options(string path, params (string Id, decimal Weight)[] weights) =>
        new() { NeedReportFile = path, IndicatorWeights = weights.ToDictionary(w => w.Id, w => w.Weight) };

    private static string Write(string rows, string catalogue)
    {
        var path = WorkedExample.Csv("indicators.csv", Header + rows);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(path)!, "catalogue.json"), catalogue);
        return path;
    }
}
