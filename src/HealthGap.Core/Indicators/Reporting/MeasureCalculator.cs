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
            return NotAvailable(definition);
        }
    }

    private static (Estimate Estimate, GroupRate? Rate) NotAvailable(IndicatorDefinition definition) => (new Estimate(null, [], Statistic(definition), null), null);

    public static string Statistic(IndicatorDefinition definition) => definition.Measure switch
    {
        MeasureType.Proportion => $"proportion per {definition.Multiplier:0.####}",
        MeasureType.CrudeRate => $"crude rate per {definition.Multiplier:0.####}",
        MeasureType.DirectlyStandardisedRate => $"dsr per {definition.Multiplier:0.####}",
        MeasureType.IndirectlyStandardisedRatio => $"indirectly standardised ratio x {definition.Multiplier:0.####}",
        _ => "life expectancy at birth (years)",
    };

    private static (Estimate Estimate, GroupRate? Rate) ComputeOrThrow(IndicatorDefinition definition, IReadOnlyList<StratumCount> strata, IReadOnlyList<int> espWeights)
    {
        double numerator = 0, denominator = 0;
        foreach (var stratum in strata)
        {
            numerator += stratum.Numerator;
            denominator += stratum.Denominator;
        }

        // Person-years arrive as days (exact integer counts); the methods take years.
        denominator = definition.DenominatorValue(denominator);

        switch (definition.Measure)
        {
            case MeasureType.Proportion:
                var proportion = Proportion.Wilson(numerator, denominator > 0 ? denominator : null, definition.Multiplier);
                return (proportion, denominator > 0 ? GroupRate.FromProportion(numerator, denominator, definition.Multiplier) : null);
            case MeasureType.CrudeRate:
                var rate = CrudeRate.Calculate(numerator, denominator > 0 ? denominator : null, definition.Multiplier);
                return (rate, denominator > 0 ? GroupRate.FromCounts(numerator, denominator, definition.Multiplier) : null);
            case MeasureType.DirectlyStandardisedRate:
                var (bandNumerators, bandDenominators) = ByAgeBand(definition, strata, espWeights.Count);
                var bands = Enumerable.Range(0, espWeights.Count).Select(i => new StandardisationBand(bandNumerators[i], bandDenominators[i], espWeights[i])).ToList();
                if (bands.All(b => b.Population <= 0))
                {
                    return (new Estimate(null, [], "dsr per " + definition.Multiplier, "Dobson"), null);
                }

                if (bands.Any(b => !(b.Population > 0)))
                {
                    // The method needs every age band populated; checked here rather than caught, as
                    // small areas and groups miss bands in thousands of cells and exceptions are slow.
                    return NotAvailable(definition);
                }

                var dsr = DirectlyStandardisedRate.Calculate(bands, definition.Multiplier);
                return (dsr.Estimate, dsr.Estimate.Value is null ? null : GroupRate.FromStandardised(dsr));
            case MeasureType.IndirectlyStandardisedRatio:
                return ObservedVsExpected(definition, strata);
            case MeasureType.LifeExpectancy:
                var (deaths, population) = ByAgeBand(definition, strata, LifeExpectancy.StartAges.Count);
                var table = LifeExpectancy.StartAges.Select((age, i) => new LifeTableBand(age, population[i], deaths[i])).ToList();
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

    // Expected = Σ population × reference rate over the cell's age band × sex strata (additive, like the counts);
    // the ratio and its exact/Byar's limits are PHEindicatormethods calculate_ISRatio with refvalue = multiplier.
    private static (Estimate Estimate, GroupRate? Rate) ObservedVsExpected(IndicatorDefinition definition, IReadOnlyList<StratumCount> strata)
    {
        var reference = definition.Expected ?? throw new InvalidOperationException($"indicator {definition.Id} has measure isr but no expected rates.");
        var bands = strata.Where(s => s.AgeBand >= 0)
            .Select(s => new IndirectBand(s.Numerator, s.Denominator, reference.Rate(s.AgeBand, s.Sex), 1))
            .ToList();
        var result = IndirectlyStandardised.Ratio(bands, definition.Multiplier);
        return result.Expected > 0
            ? (result.Estimate, GroupRate.FromCounts(result.Observed, result.Expected, definition.Multiplier))
            : NotAvailable(definition);
    }

    // Numerator and denominator summed per age band in one pass (bands outside the scheme are ignored), person-years in years.
    private static (double[] Numerators, double[] Denominators) ByAgeBand(IndicatorDefinition definition, IReadOnlyList<StratumCount> strata, int bands)
    {
        var (numerators, denominators) = (new double[bands], new double[bands]);
        for (var i = 0; i < strata.Count; i++)
        {
            var stratum = strata[i];
            if (stratum.AgeBand >= 0 && stratum.AgeBand < bands)
            {
                numerators[stratum.AgeBand] += stratum.Numerator;
                denominators[stratum.AgeBand] += stratum.Denominator;
            }
        }

        for (var i = 0; i < bands; i++)
        {
            denominators[i] = definition.DenominatorValue(denominators[i]);
        }

        return (numerators, denominators);
    }
}
