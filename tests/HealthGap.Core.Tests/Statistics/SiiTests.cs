using System.Globalization;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Tests.Statistics;

public sealed class SiiTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var row in FixtureCsv.Read("sii_cases.csv"))
        {
            data.Add(row["case_id"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sii_FixtureCase_PointsExactAndLimitsWithinFivePercent(string caseId)
    {
        var spec = FixtureCsv.Read("sii_cases.csv").Single(c => c["case_id"] == caseId);
        var (groups, firstRecords) = Groups(spec);
        var options = OptionsFor(spec, seed: 20240501);

        var batch = SlopeIndexOfInequality.CalculateAll(groups, options);

        var records = FixtureCsv.Read("sii_testdata.csv").ToDictionary(r => r["record_no"]);
        var expectedNos = spec["expected_record_nos"].Split(';');
        var columns = spec["compared_columns"].Split(';');
        var sums = new Dictionary<string, (double Diff, double Size)>();
        Assert.Equal(expectedNos.Length, firstRecords.Length);
        for (var k = 0; k < expectedNos.Length; k++)
        {
            // Expected records are listed in group order (some cases keep them in separate records).
            var no = expectedNos[k];
            var expected = records[no];
            var result = batch.Results[k] ?? throw new InvalidOperationException($"group of record {no} was dropped");
            foreach (var column in columns)
            {
                var actual = Pick(result, column);
                var wanted = expected.Required("expected_" + column);
                if (column is "sii" or "rii" or "intercept")
                {
                    Close.Relative(wanted, actual, 1e-9, $"{caseId} record {no} {column}");
                }
                else
                {
                    var (diff, size) = sums.GetValueOrDefault(column);
                    sums[column] = (diff + Math.Abs(actual - wanted), size + Math.Abs(wanted));
                }
            }
        }

        // The package's tolerance: mean relative difference per column within 5 %.
        foreach (var (column, (diff, size)) in sums)
        {
            Assert.True(diff / size <= 0.05, $"{caseId} {column}: mean relative difference {diff / size:P2}");
        }
    }

    [Fact]
    public void Sii_SameSeed_GivesSameLimits()
    {
        var spec = FixtureCsv.Read("sii_cases.csv").Single(c => c["case_id"] == "A1");
        var (groups, _) = Groups(spec);

        var first = SlopeIndexOfInequality.CalculateAll(groups, OptionsFor(spec, 7));
        var second = SlopeIndexOfInequality.CalculateAll(groups, OptionsFor(spec, 7));

        Assert.Equal(first.Results.Select(r => r!.SiiIntervals[0]), second.Results.Select(r => r!.SiiIntervals[0]));
    }

    [Theory]
    [InlineData(151, 160, "some groups have a zero, negative or missing population")]
    [InlineData(161, 170, "negative or missing standard errors in input dataset")]
    [InlineData(171, 180, "confidence limit proportions are not all between 0 and 1")]
    public void Sii_ErrorRecords_ThrowPackageError(int from, int to, string message)
    {
        var rows = FixtureCsv.Read("sii_testdata.csv").Skip(from - 1).Take(to - from + 1).ToArray();
        var useSe = from == 161;
        var quantiles = rows.Select(r => new SiiQuantile(r.Required("quantile"), r.Required("population"), r.Number("value"),
            StandardError: useSe ? r.Number("se") : null, LowerCl: useSe ? null : r.Number("lower_cl"), UpperCl: useSe ? null : r.Number("upper_cl"))).ToArray();
        var options = new SiiOptions(SiiValueType.Proportion, Repetitions: 1000, Seed: 1);

        var ex = Assert.Throws<StatisticsException>(() => SlopeIndexOfInequality.Calculate(quantiles, options));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sii_MoreThanTenQuantiles_Warns()
    {
        var rows = FixtureCsv.Read("sii_testdata.csv").Skip(210).Take(15);
        var quantiles = rows.Select(r => new SiiQuantile(r.Required("quantile"), r.Required("population"), r.Number("value"), StandardError: r.Number("se"))).ToArray();

        var batch = SlopeIndexOfInequality.CalculateAll([quantiles], new SiiOptions(Repetitions: 1000, Seed: 1));

        Assert.Contains(SlopeIndexOfInequality.TooManyQuantilesWarning, batch.Warnings);
    }

    [Fact]
    public void Sii_GroupMissingAQuantile_IsDroppedWithWarning()
    {
        var full = Enumerable.Range(1, 5).Select(q => new SiiQuantile(q, 1000, 70 + q, StandardError: 1)).ToArray();
        var partial = full.Take(4).ToArray();

        var batch = SlopeIndexOfInequality.CalculateAll([full, partial], new SiiOptions(Repetitions: 1000, Seed: 1));

        Assert.NotNull(batch.Results[0]);
        Assert.Null(batch.Results[1]);
        Assert.Contains(SlopeIndexOfInequality.DroppedWarning, batch.Warnings);
    }

    [Theory]
    [InlineData(999, SiiValueType.Other, false, "number of repetitions must be 1000 or greater")]
    [InlineData(1000, SiiValueType.Other, true, "value_type should be 1 or 2 when transform is true")]
    public void Sii_BadOptions_Throw(int repetitions, SiiValueType type, bool transform, string message)
    {
        var quantiles = Enumerable.Range(1, 5).Select(q => new SiiQuantile(q, 1000, 70 + q, StandardError: 1)).ToArray();

        var ex = Assert.Throws<StatisticsException>(() => SlopeIndexOfInequality.Calculate(quantiles, new SiiOptions(type, transform, Repetitions: repetitions)));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    private static SiiOptions OptionsFor(FixtureRow spec, int seed) => new(
        (SiiValueType)(int)spec.Required("value_type"),
        spec["transform"] == "True",
        spec.Required("multiplier"),
        ConfidenceLevels.Of(spec["confidence"].Split(';').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray()),
        (int)spec.Required("repetitions"),
        seed);

    private static (IReadOnlyList<IReadOnlyList<SiiQuantile>> Groups, string[] FirstRecords) Groups(FixtureRow spec)
    {
        var from = (int)spec.Required("input_record_from");
        var to = (int)spec.Required("input_record_to");
        var rows = FixtureCsv.Read("sii_testdata.csv").Skip(from - 1).Take(to - from + 1).ToArray();
        var byCount = spec["indicator_from"] == "count";
        var bySe = spec["uncertainty_from"] == "se";
        var grouped = rows.GroupBy(r => spec["grouping"] == "none" ? "" : $"{r["area"]}|{r["grouping1"]}|{r["grouping2"]}").ToArray();
        var groups = grouped.Select(g => (IReadOnlyList<SiiQuantile>)g.Select(r => new SiiQuantile(
            r.Required("quantile"), r.Required("population"),
            byCount ? null : r.Number("value"), byCount ? r.Number("count") : null,
            bySe ? r.Number("se") : null, bySe ? null : r.Number("lower_cl"), bySe ? null : r.Number("upper_cl"))).ToArray()).ToArray();
        return (groups, grouped.Select(g => g.First()["record_no"]).ToArray());
    }

    private static double Pick(SiiResult result, string column) => column switch
    {
        "sii" => result.Sii,
        "rii" => result.Rii,
        "intercept" => result.Intercept,
        _ => PickLimit(result, column),
    };

    private static double PickLimit(SiiResult result, string column)
    {
        var parts = column.Split('_');
        var intervals = parts[0] == "sii" ? result.SiiIntervals : result.RiiIntervals;
        var interval = intervals[int.Parse(parts[2], CultureInfo.InvariantCulture) - 1];
        return (parts[1] == "lower" ? interval.Lower : interval.Upper) ?? double.NaN;
    }
}
