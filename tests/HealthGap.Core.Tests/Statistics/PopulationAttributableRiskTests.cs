using HealthGap.Core.Statistics;

namespace HealthGap.Core.Tests.Statistics;

public sealed class PopulationAttributableRiskTests
{
    [Fact]
    public void Calculate_EqualPopulations_IsTheAreaValueLessTheLeastDeprivedShareOfTheArea()
    {
        var result = PopulationAttributableRisk.Calculate(Quintiles([5, 4, 3, 2, 1], [100, 100, 100, 100, 100], se: 1e-9), new ParOptions(Seed: 1));

        Assert.Equal(3, result.Overall, 12);
        Assert.Equal(1, result.Reference, 12);
        Assert.Equal(2, result.Absolute, 12);
        Assert.Equal(200.0 / 3, result.Percent, 10);
        Assert.Equal(result.Percent, result.PercentIntervals[0].Lower!.Value, 5);
        Assert.Equal(result.Percent, result.PercentIntervals[0].Upper!.Value, 5);
    }

    [Fact]
    public void Calculate_UnequalPopulations_EqualsScotPhosFormula()
    {
        double[] rates = [812, 640, 530, 470, 402];
        double[] populations = [23_000, 31_000, 18_500, 27_250, 40_100];
        var shares = populations.Select(p => p / populations.Sum()).ToArray();
        var excess = shares.Select((p, j) => p * ((rates[j] / rates[^1]) - 1)).Sum();

        var result = PopulationAttributableRisk.Calculate(Quintiles(rates, populations, se: 10), new ParOptions(Seed: 7, Repetitions: 1000));

        Assert.Equal(excess / (excess + 1) * 100, result.Percent, 9);
        Assert.Equal(shares.Select((p, j) => p * rates[j]).Sum() - rates[^1], result.Absolute, 9);
    }

    [Fact]
    public void Calculate_NormalValues_LimitsMatchTheClosedFormSpread()
    {
        // Equal shares, n groups, each value with SE s: Var(mean − r_ref) = s²(n − 1)/n.
        const double s = 0.5;
        var result = PopulationAttributableRisk.Calculate(Quintiles([5, 4, 3, 2, 1], [1, 1, 1, 1, 1], se: s), new ParOptions(Seed: 20261207));

        var halfWidth = 1.959964 * s * Math.Sqrt(4.0 / 5);
        var limits = result.AbsoluteIntervals[0];
        Assert.InRange(result.Absolute - limits.Lower!.Value, halfWidth * 0.97, halfWidth * 1.03);
        Assert.InRange(limits.Upper!.Value - result.Absolute, halfWidth * 0.97, halfWidth * 1.03);
    }

    [Fact]
    public void Calculate_HigherIsBetter_CountsTheShortfallAsPositive()
    {
        var result = PopulationAttributableRisk.Calculate(Quintiles([60, 65, 70, 75, 80], [1, 1, 1, 1, 1], se: 1),
            new ParOptions(HigherIsBetter: true, Seed: 3, Repetitions: 1000));

        Assert.Equal(10, result.Absolute, 9);
        Assert.Equal(10.0 / 70 * 100, result.Percent, 9);
    }

    [Fact]
    public void Calculate_ChosenReference_ComparesWithThatQuantile()
    {
        var result = PopulationAttributableRisk.Calculate(Quintiles([5, 4, 3, 2, 1], [1, 1, 1, 1, 1], se: 0.1),
            new ParOptions(ReferenceQuantile: 3, Seed: 3, Repetitions: 1000));

        Assert.Equal(3, result.Reference, 12);
        Assert.Equal(0, result.Absolute, 12);
    }

    [Fact]
    public void Calculate_UnknownReference_NamesTheQuantilesThereAre()
    {
        var ex = Assert.Throws<StatisticsException>(() => PopulationAttributableRisk.Calculate(Quintiles([5, 4, 3, 2, 1], [1, 1, 1, 1, 1], se: 0.1),
            new ParOptions(ReferenceQuantile: 7)));

        Assert.Contains("reference quantile 7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1, 2, 3, 4, 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateAll_GroupMissingAQuantile_IsDroppedWithAWarning()
    {
        var complete = Quintiles([5, 4, 3, 2, 1], [1, 1, 1, 1, 1], se: 0.1);
        var missing = complete.Take(4).ToArray();

        var batch = PopulationAttributableRisk.CalculateAll([complete, missing], new ParOptions(Seed: 5, Repetitions: 1000));

        Assert.NotNull(batch.Results[0]);
        Assert.Null(batch.Results[1]);
        Assert.Single(batch.Warnings);
    }

    [Fact]
    public void CalculateAll_SameSeed_GivesTheSameLimits()
    {
        var input = Quintiles([812, 640, 530, 470, 402], [1, 2, 3, 4, 5], se: 0).Select(q => q with { StandardError = null, LowerCl = q.Value * 0.9, UpperCl = q.Value * 1.1 }).ToArray();
        var options = new ParOptions(SiiValueType.Rate, Seed: 11, Repetitions: 2000);

        var first = PopulationAttributableRisk.Calculate(input, options);
        var second = PopulationAttributableRisk.Calculate(input, options);

        Assert.Equal(first, second with { AbsoluteIntervals = first.AbsoluteIntervals, PercentIntervals = first.PercentIntervals });
        Assert.Equal(first.PercentIntervals[0].Lower, second.PercentIntervals[0].Lower);
        Assert.InRange(first.Percent, first.PercentIntervals[0].Lower!.Value, first.PercentIntervals[0].Upper!.Value);
    }

    private static SiiQuantile[] Quintiles(double[] values, double[] populations, double se) =>
        [.. values.Select((v, j) => new SiiQuantile(j + 1, populations[j], v, StandardError: se))];
}
