namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// Reads and checks the <c>expected:</c> block of a definition (reference rates for an observed vs
/// expected ratio): every rate a share from 0 to 1, bands contiguous from the population's youngest
/// age with no gap or overlap, boundaries after the first on multiples of 5 (so each ESP2013 age band
/// has one rate), and the last band open-ended.
/// </summary>
internal static class ExpectedReader
{
    // The expected count of an observed vs expected ratio is built from reference rates in the file; no other measure uses them.
    public static ExpectedPrevalence? ForMeasure(YamlField root, MeasureType measure, IReadOnlyList<Criterion> population)
    {
        var field = root.Optional("expected");
        if (measure is MeasureType.IndirectlyStandardisedRatio)
        {
            return field is null
                ? throw new DefinitionException($"{root.File}, line {root.Node.Start.Line}, field 'expected': measure isr needs an 'expected' block of reference rates by age band and sex.")
                : Read(field, population);
        }

        return field is null ? null : throw field.Error("reference rates are used only by measure isr (observed vs expected); remove 'expected' or change the measure.");
    }

    public static ExpectedPrevalence Read(YamlField field, IReadOnlyList<Criterion> population)
    {
        field.AllowOnly("source", "rates");
        var source = field.Required("source").Text;
        var items = field.Required("rates").Items.ToList();
        if (items.Count == 0)
        {
            throw field.Required("rates").Error("needs at least one age band.");
        }

        var youngest = population.OfType<AgeCriterion>().Select(a => a.Min ?? 0).DefaultIfEmpty(0).Max();
        var rates = new List<ExpectedRate>();
        foreach (var item in items)
        {
            item.AllowOnly("min_age", "max_age", "male", "female");
            var rate = new ExpectedRate(item.Required("min_age").Integer(0, 120), item.Optional("max_age")?.Integer(0, 120), Share(item.Required("male")), Share(item.Required("female")));
            Check(item, rate, rates.Count == 0 ? null : rates[^1], youngest);
            rates.Add(rate);
        }

        if (rates[^1].MaxAge is { } last)
        {
            throw items[^1].Error($"the last band ends at {last}: leave out max_age so the oldest band covers everyone from {rates[^1].MinAge}.");
        }

        return new ExpectedPrevalence(source, rates);
    }

    private static void Check(YamlField item, ExpectedRate rate, ExpectedRate? previous, int youngest)
    {
        if (rate.MaxAge < rate.MinAge)
        {
            throw item.Error($"max_age {rate.MaxAge} is below min_age {rate.MinAge}.");
        }

        if (previous is null)
        {
            if (rate.MinAge > youngest)
            {
                throw item.Error($"the first band starts at {rate.MinAge}, but the population starts at age {youngest}: add a band for ages {youngest}-{rate.MinAge - 1}.");
            }

            return;
        }

        if (previous.MaxAge is not { } end)
        {
            throw item.Error($"the band from {previous.MinAge} has no max_age, so no band can follow it.");
        }

        if (rate.MinAge != end + 1)
        {
            throw item.Error(rate.MinAge > end + 1
                ? $"ages {end + 1}-{rate.MinAge - 1} are missing: bands must follow each other (min_age {end + 1})."
                : $"min_age {rate.MinAge} overlaps the previous band ({previous.MinAge}-{end}): use min_age {end + 1}.");
        }

        if (rate.MinAge % 5 != 0)
        {
            throw item.Error($"min_age {rate.MinAge} is not a multiple of 5: after the first band, bands start on the 5-year ESP2013 boundaries (e.g. 25, 35).");
        }
    }

    private static double Share(YamlField field)
    {
        var value = field.Number();
        return value is >= 0 and <= 1 ? value : throw field.Error($"rate {field.Text} is not a share from 0 to 1 (write 12% as 0.12).");
    }
}
