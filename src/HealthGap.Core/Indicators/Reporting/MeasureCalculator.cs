using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Indicators.Engine;
using HealthGap.Core.Statistics;

namespace HealthGap.Core.Indicators.Reporting;

/// <summary>
/// Turns the strata of one cell (all age bands and sexes of an area × group) into the indicator's
/// measure with the Statistics methods (PHEindicatormethods parity). No statistics are written here.
/// </summary>
internal static class MeasureCalculator
{
    public static (Estimate Estimate, GroupRate? Rate) Compute(IndicatorDefinition definition, IReadOnlyList<StratumCount> strata, IReadOnlyList<int> espWeights)
    {
        try
        {
            return ComputeOrThrow(definition, strata, espWeights);
        }
        catch (StatisticsException)
        {
            // Counts the method cannot use (e.g. numerator above denominator in a tiny cell): no value, shown as not available.
            return (new Estimate(null, [], Statistic(definition), null), null);
        }
    }

    public static string Statistic(IndicatorDefinition definition) => definition.Measure switch
    {
        MeasureType.Proportion => $"proportion per {definition.Multiplier:0.####}",
        MeasureType.CrudeRate => $"crude rate per {definition.Multiplier:0.####}",
        MeasureType.DirectlyStandardisedRate => $"dsr per {definition.Multiplier:0.####}",
        _ => "life expectancy at birth (years)",
    };

    private static (Estimate Estimate, GroupRate? Rate) ComputeOrThrow(IndicatorDefinition definition, IReadOnlyList<StratumCount> strata, IReadOnlyList<int> espWeights)
    {
        double numerator = strata.Sum(s => s.Numerator);
        double denominator = strata.Sum(s => s.Denominator);
        switch (definition.Measure)
        {
            case MeasureType.Proportion:
                var proportion = Proportion.Wilson(numerator, denominator > 0 ? denominator : null, definition.Multiplier);
                return (proportion, denominator > 0 ? GroupRate.FromCounts(numerator, denominator, definition.Multiplier) : null);
            case MeasureType.CrudeRate:
                var rate = CrudeRate.Calculate(numerator, denominator > 0 ? denominator : null, definition.Multiplier);
                return (rate, denominator > 0 ? GroupRate.FromCounts(numerator, denominator, definition.Multiplier) : null);
            case MeasureType.DirectlyStandardisedRate:
                var bands = Enumerable.Range(0, espWeights.Count).Select(i => new StandardisationBand(
                    strata.Where(s => s.AgeBand == i).Sum(s => (double)s.Numerator),
                    strata.Where(s => s.AgeBand == i).Sum(s => (double)s.Denominator),
                    espWeights[i])).ToList();
                if (bands.All(b => b.Population <= 0))
                {
                    return (new Estimate(null, [], "dsr per " + definition.Multiplier, "Dobson"), null);
                }

                var dsr = DirectlyStandardisedRate.Calculate(bands, definition.Multiplier);
                return (dsr.Estimate, dsr.Estimate.Value is null ? null : GroupRate.FromStandardised(dsr));
            case MeasureType.LifeExpectancy:
                var table = LifeExpectancy.StartAges.Select((age, i) => new LifeTableBand(
                    age,
                    strata.Where(s => s.AgeBand == i).Sum(s => (double)s.Denominator),
                    strata.Where(s => s.AgeBand == i).Sum(s => (double)s.Numerator))).ToList();
                if (table.Any(b => b.Population <= 0))
                {
                    return (new Estimate(null, [], "life expectancy at birth", "Chiang II"), null);
                }

                var atBirth = LifeExpectancy.Calculate(table).Ages[0];
                return (new Estimate(atBirth.Value, atBirth.Intervals, "life expectancy at birth", "Chiang II"), null);
            default:
                throw new InvalidOperationException($"measure {definition.Measure} has no calculation.");
        }
    }
}
