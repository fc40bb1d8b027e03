using HealthGap.Core.Disclosure;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Indicators.Reporting;
using HealthGap.Core.Statistics;
using HealthGap.Core.Tests.Statistics;
using HealthGap.TestSupport.Indicators;
using static HealthGap.Core.Tests.Indicators.IndicatorTestData;

namespace HealthGap.Core.Tests.Indicators.Reporting;

/// <summary>Pooled periods counted as Fingertips counts them: each stratum summed over the single years.</summary>
public sealed class PooledPeriodReportTests
{
    private static IReadOnlyList<int> Esp => HealthGap.Core.Reference.ReferenceData.Load().Esp2013.Bands.Select(b => b.Weight).ToList();

    [Fact]
    public void Run_ThreeYearPools_CountsAreTheSumsOfTheirYearsAndOnlyPoolsTheDataCovers()
    {
        using var store = new TestStore();
        store.Batch(() =>
        {
            // 40 people; 10 A&E attendances in 2021-22, 20 in 2022-23, 30 in 2023-24 and 40 in 2024-25 (A&E data starts April 2021).
            for (var i = 0; i < 40; i++)
            {
                store.AddPerson(i, new DateOnly(1980, 1, 1), imdDecile: (i % 10) + 1);
            }

            for (var year = 0; year < 4; year++)
            {
                for (var n = 0; n < 10 * (year + 1); n++)
                {
                    store.AddEvent(n % 40, new DateOnly(2021 + year, 4, 5).AddDays(n), "ae", source: "ae", kind: "ae_attendance");
                }
            }

            // GP history from 2010 (which does not make 2020-21 covered: A&E has no data then), to the end of 2024-25.
            store.AddEvent(0, new DateOnly(2010, 1, 1), "gp");
            store.AddEvent(0, new DateOnly(2025, 3, 31), "gp");
        });
        var definition = Definition([], new EventCount(new EventFilter([], ["ae"], ["ae_attendance"], [], Window.Period)), new PersonCount([]), MeasureType.CrudeRate) with
        {
            Period = new PeriodSpec(PeriodKind.FinancialYear, null) { PooledYears = 3 },
        };

        var rows = Report(store).Run([definition], ["icb"], null, 3).Rows.Where(r => r.Breakdown == "all").ToList();

        Assert.Equal(
            ["2022-23", "2023-24", "2024-25", "2021-22 to 2023-24", "2022-23 to 2024-25"],
            rows.Select(r => r.Period));
        Assert.Equal([20L, 30, 40, 60, 90], rows.Select(r => r.Cell.Numerator!.Value));
        Assert.Equal([40L, 40, 40, 120, 120], rows.Select(r => r.Cell.Denominator!.Value));
        Assert.Equal([1, 1, 1, 3, 3], rows.Select(r => r.PooledYears));
        Assert.Equal(new DateOnly(2021, 4, 1), rows[3].PeriodStart);
    }

    [Fact]
    public void Run_PooledPeriodNamed_PublishesThePoolAloneAndRefusesOneOutsideTheData()
    {
        using var store = new TestStore();
        store.Batch(() =>
        {
            for (var i = 0; i < 10; i++)
            {
                store.AddPerson(i, new DateOnly(1980, 1, 1));
                store.AddEvent(i, new DateOnly(2022, 4, 5), "ae", source: "ae", kind: "ae_attendance");
                store.AddEvent(i, new DateOnly(2025, 3, 31), "ae", source: "ae", kind: "ae_attendance");
            }
        });
        var definition = Definition([], new EventCount(new EventFilter([], ["ae"], ["ae_attendance"], [], Window.Period)), new PersonCount([]), MeasureType.CrudeRate);

        var rows = Report(store).Run([definition], ["icb"], "2022-23 to 2024-25", 1).Rows.Where(r => r.Breakdown == "all").ToList();

        Assert.Equal(("2022-23 to 2024-25", 3, 20L, 30L), rows.Select(r => (r.Period, r.PooledYears, r.Cell.Numerator!.Value, r.Cell.Denominator!.Value)).Single());
        var error = Assert.Throws<ReportRequestException>(() => Report(store).Run([definition], ["icb"], "2021-22 to 2024-25", 1));
        Assert.Contains("outside the data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PooledLifeExpectancy_IsTheLifeTableOfTheSummedDeathsAndPersonYears()
    {
        var definition = Loader.LoadFile(Path.Combine(SourceDirectory(), "..", "..", "..", "indicators", "life_expectancy_birth_imd.yaml"));
        var spec = definition.Period;
        var last = ReportingPeriod.Latest(spec, new DateOnly(2025, 3, 31), 1)[0];
        var pool = ReportingPeriod.Pooled(spec, last, 5);
        // Each year its own death rates (deaths rise with age and fall year by year); person-years in days.
        IndicatorCounts Year(ReportingPeriod period, int y) => new(definition, period, [.. LifeExpectancy.StartAges.Select((age, band) =>
            new StratumCount("icb", "QE1", "all", "All", band, "F", (long)((5 + (age * age / 40.0)) * (6 - y)), (long)((1000 + (band * 37) + (y * 11)) * LifeYears)))]);
        var years = pool.Parts.Select((p, y) => Year(p, y)).ToList();
        var assembler = new PoolAssembler([new PeriodPlan(definition, [], [pool])]);

        var pooled = years.SelectMany(assembler.Add).Single();

        Assert.Equal(pool, pooled.Period);
        var table = LifeExpectancy.StartAges.Select((age, band) => new LifeTableBand(
            age, years.Sum(y => y.Strata[band].Denominator) / IndicatorDefinition.DaysPerYear, years.Sum(y => y.Strata[band].Numerator))).ToList();
        var expected = LifeExpectancy.Calculate(table).Ages[0].Value;
        var (rows, _) = new IndicatorReportBuilder(DisclosureGate.Standard, Esp, new Dictionary<string, string>()).Build(pooled);
        var published = rows.Single(r => r.Breakdown == "all").Cell;
        Assert.NotNull(published.Value);
        Close.Relative(expected, published.Value, 1e-12, "pooled life expectancy");
        // Not the mean of the years' life expectancies: the years are weighted by their deaths and time lived.
        var perYear = years.Select(y => new IndicatorReportBuilder(DisclosureGate.Standard, Esp, new Dictionary<string, string>()).Build(y).Rows.Single(r => r.Breakdown == "all").Cell.Value!.Value).ToList();
        Assert.NotEqual(perYear.Average(), published.Value!.Value, 6);
    }

    private const double LifeYears = IndicatorDefinition.DaysPerYear;

    private static IndicatorReport Report(TestStore store) => new(store.Query, Codelists.Value, DisclosureGate.Standard, Esp);
}
