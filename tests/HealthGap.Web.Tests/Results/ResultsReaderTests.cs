using System.Globalization;
using HealthGap.Web.Localization;
using HealthGap.Web.Results;

namespace HealthGap.Web.Tests.Results;

public sealed class ResultsReaderTests
{
    [Fact]
    public void Read_SampleResults_IndexesIndicatorsPeriodsAndAreas()
    {
        var set = ResultsReader.Read(HealthGapWebFactory.SampleResults);

        Assert.True(set.IsSample);
        Assert.Equal(5, set.Indicators.Count);
        Assert.Equal(["2022-23", "2023-24", "2024-25"], set.Periods.Select(p => p.Label));
        Assert.Equal("QWU", set.Icb?.Code);
        Assert.Equal(6, set.Places.Count());
        Assert.Equal("HealthGap standard", set.Policy.Name);
    }

    [Fact]
    public void Read_SuppressedRow_HasNoValue()
    {
        var set = ResultsReader.Read(HealthGapWebFactory.SampleResults);

        var suppressed = set.Values.Where(v => v.Suppressed).ToList();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, v => Assert.False(v.HasValue));
    }

    [Fact]
    public void Read_ReportMarkerForHiddenFigures_IsReadAsHiddenNotAsANumber()
    {
        // `healthgap report` writes the disclosure gate's marker "[c]" in place of a hidden figure.
        var folder = Path.Combine(Path.GetTempPath(), "healthgap-results-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(HealthGapWebFactory.SampleResults).Where(f => !f.EndsWith("SAMPLE", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var indicators = Path.Combine(folder, "indicators.csv");
        var lines = File.ReadAllLines(indicators).ToList();
        var cells = lines[1].Split(',');
        var header = lines[0].Split(',');
        foreach (var column in new[] { "numerator", "value", "lowercl", "uppercl" })
        {
            cells[Array.IndexOf(header, column)] = "[c]";
        }

        cells[Array.IndexOf(header, "suppressed")] = "true";
        lines[1] = string.Join(',', cells);
        File.WriteAllLines(indicators, lines);

        try
        {
            var set = ResultsReader.Read(folder);

            var hidden = set.Values.First(v => v.Suppressed && v.Numerator is null);
            Assert.False(hidden.HasValue);
            Assert.Null(hidden.LowerCl);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Read_MissingFolder_IsEmptyNotAnError()
    {
        var set = ResultsReader.Read(Path.Combine(Path.GetTempPath(), "no-such-healthgap-results"));

        Assert.True(set.IsEmpty);
        Assert.Null(set.Icb);
    }

    [Fact]
    public void Read_MissingColumn_SaysWhichFileAndColumn()
    {
        var ex = Assert.Throws<ResultsException>(() => ResultsReader.Read(HealthGapWebFactory.Fixture("damaged-missing-column")));

        Assert.Contains("indicators.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'value'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadNumber_SaysWhichLineColumnAndValue()
    {
        var ex = Assert.Throws<ResultsException>(() => ResultsReader.Read(HealthGapWebFactory.Fixture("damaged-bad-number")));

        Assert.Contains("indicators.csv line 3, column value: 'fifty'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CatalogueTargetAsObject_TakesItsValue()
    {
        var folder = Path.Combine(Path.GetTempPath(), "healthgap-web-catalogue-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(Path.Combine(HealthGapWebFactory.SampleResults, "indicators.csv"), Path.Combine(folder, "indicators.csv"));
            File.WriteAllText(Path.Combine(folder, "catalogue.json"),
                """[{"id":"cancer_early_stage","title":"Early","measure":"proportion","multiplier":100,"polarity":"higher_is_better","target":{"value":75,"source":"NHS LTP","year":2028}}]""");

            var set = ResultsReader.Read(folder);

            Assert.Equal(75, set.Definition("cancer_early_stage")?.Target?.Value);
            Assert.Equal("Early", set.Definition("cancer_early_stage")?.Title);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("2024-04-01/2025-03-31", true)]
    [InlineData("2024-25", true)]
    [InlineData("2024-04-01", true)]
    [InlineData("2025-03-31", true)]
    [InlineData("1 Apr 2024 – 31 Mar 2025", false)]
    [InlineData("2023-24", false)]
    public void ReportingPeriod_Matches_AcceptsTheWaysAPeriodIsWritten(string text, bool expected)
    {
        var period = ResultPeriods.From(new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31));

        Assert.Equal(expected, period.Matches(text));
    }

    [Theory]
    [InlineData("2024-04-01", "2025-03-31", "2024-25")]
    [InlineData("2024-01-01", "2024-12-31", "2024")]
    [InlineData("2024-04-01", "2024-06-30", "2024-25 Q1")]
    [InlineData("2024-05-01", "2024-05-31", "2024-05")]
    [InlineData("2024-04-15", "2025-04-14", "2024-04-15 to 2025-04-14")]
    public void ResultPeriods_From_LabelsThePeriodAsTheReportDoesAndMatchesThatLabel(string start, string end, string label)
    {
        var period = ResultPeriods.From(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture));

        Assert.Equal(label, period.Label);
        Assert.True(period.Matches(label), "inequalities.csv names a period by the report's label");
        Assert.True(period.Matches(start + "/" + end));
    }

    [Fact]
    public void PageCulture_Label_YearsAsTheReportLabelsThemOtherPeriodsAsDatesInThePageLanguage()
    {
        var year = ResultPeriods.From(new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31));
        var quarter = ResultPeriods.From(new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30));

        Assert.Equal("2024-25", PageCulture.Label(year));
        Assert.Equal("1 Apr 2024 – 30 Jun 2024", PageCulture.Label(quarter));
        Assert.Equal("1 kwi 2024 – 30 cze 2024", PageCulture.Label(quarter, PageCulture.For("pl")));
        Assert.True(quarter.Matches("1 Apr 2024 – 30 Jun 2024"), "the dated form in a results file still means the period");
    }

    [Fact]
    public void DirectionOfTravel_ReadsTheReportsTestedTrend_WithPolarityForTheValue()
    {
        var summary = new InequalitySummary { IndicatorId = "x", Period = "p", AreaType = "icb", AreaCode = "Q" };

        Assert.Equal(Travel.Better, DirectionOfTravel.Gap(summary with { GapTrend = "narrowing" }));
        Assert.Equal(Travel.Worse, DirectionOfTravel.Gap(summary with { GapTrend = "widening" }));
        Assert.Equal(Travel.NoClearChange, DirectionOfTravel.Gap(summary with { GapTrend = "no significant change" }));
        Assert.Equal(Travel.NotAvailable, DirectionOfTravel.Gap(summary with { GapTrend = "not available" }));
        Assert.Equal(Travel.NotEnoughData, DirectionOfTravel.Gap(summary));
        Assert.Equal(Travel.Worse, DirectionOfTravel.Value(summary with { ValueTrend = "increasing" }, higherIsBetter: false));
        Assert.Equal(Travel.Better, DirectionOfTravel.Value(summary with { ValueTrend = "increasing" }, higherIsBetter: true));
        Assert.Equal(Travel.Up, DirectionOfTravel.Value(summary with { ValueTrend = "increasing" }, higherIsBetter: null));
        Assert.Equal(Travel.NotEnoughData, DirectionOfTravel.Value(summary with { ValueTrend = "not enough periods (needs 5)" }, higherIsBetter: true));
    }
}
