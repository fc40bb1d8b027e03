using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Tests.Statistics;
using HealthGap.TestSupport.Indicators;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Reporting;

/// <summary>The shipped hypertension detected-vs-expected indicator, from a small store to its published row.</summary>
public sealed class ObservedVsExpectedReportTests
{
    private const string Hypertension = "10725009";

    [Fact]
    public void Report_HypertensionDetectedVsExpected_PublishesObservedOverExpected()
    {
        using var store = new TestStore();
        store.Batch(() =>
        {
            // 100 men aged 64 (expected 51%), 40 diagnosed; 100 women aged 84 (expected 75%), 60 diagnosed;
            // 20 diagnosed children aged 15, outside the 16+ population.
            for (var i = 0; i < 220; i++)
            {
                var (born, sex, diagnosed) = i < 100 ? (new DateOnly(1960, 6, 1), "M", i < 40)
                    : i < 200 ? (new DateOnly(1940, 6, 1), "F", i < 160)
                    : (new DateOnly(2009, 6, 1), "F", true);
                store.AddPerson(i, born, sex);
                if (diagnosed)
                {
                    store.AddEvent(i, new DateOnly(2020, 1, 1), Hypertension);
                }
            }
        });
        var definition = Loader.LoadFile(Path.Combine(SourceDirectory(), "..", "..", "..", "indicators", "htn_detected_vs_expected.yaml"));
        var counts = new IndicatorEngine(store.Query, Codelists.Value).Run(new IndicatorCompiler().Compile(definition, Fy2024, ["icb"], ["all", "sex"]))[0];
        var esp = HealthGap.Core.Reference.ReferenceData.Load().Esp2013.Bands.Select(b => b.Weight).ToList();

        var (rows, inequalities) = new IndicatorReportBuilder(DisclosureGate.Standard, esp, new Dictionary<string, string>()).Build(counts);

        var all = rows.Single(r => r.Breakdown == "all");
        Assert.Equal(100, all.Cell.Numerator);
        Assert.Equal(200, all.Cell.Denominator);
        Close.Relative(100 / ((100 * 0.51) + (100 * 0.75)) * 100, all.Cell.Value, 1e-12, "all persons");
        Assert.Equal("indirectly standardised ratio x 100", all.Statistic);
        Assert.Equal("Byars", all.Method);
        Close.Relative(40 / 51.0 * 100, rows.Single(r => r.Breakdown == "sex" && r.Group == "M").Cell.Value, 1e-12, "men");
        Close.Relative(60 / 75.0 * 100, rows.Single(r => r.Breakdown == "sex" && r.Group == "F").Cell.Value, 1e-12, "women");
        Assert.Single(inequalities);
    }
}
