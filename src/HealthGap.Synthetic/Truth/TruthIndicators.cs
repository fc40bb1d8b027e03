using System.Globalization;
using System.Text.Json;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Synthetic.Truth;

/// <summary>Writes the planted-indicator entries of <c>truth.json</c> from the merged tally.</summary>
internal static class TruthIndicators
{
    public static void WriteTallied(Utf8JsonWriter json, PlantedIndicator indicator, TruthTally tally, PlantedValues planted)
    {
        var cells = tally.Cells.Where(c => c.Indicator == indicator.Id).ToArray();
        json.WriteStartObject();
        Describe(json, indicator.Id, indicator.Meaning, indicator.Population, indicator.Numerator, indicator.Period, indicator.Measure, indicator.Tolerance);
        json.WriteStartObject("breakdowns");
        foreach (var breakdown in cells.GroupBy(c => c.Breakdown))
        {
            json.WriteStartObject(breakdown.Key);
            var groups = breakdown.OrderBy(c => c.Group, StringComparer.Ordinal).ToArray();
            Map(json, "values", groups, c => c.Denominator > 0 ? c.Numerator / c.Denominator * indicator.Multiplier : 0, 4);
            Map(json, "denominators", groups, c => c.Denominator, 2);
            Map(json, "expected_numerators", groups, c => c.Numerator, 2);
            Map(json, "ci95_half_width", groups, c => HalfWidth(indicator, c.Numerator, c.Denominator), 4);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        TruthParameters.Write(json, indicator.Id, planted);
        json.WriteEndObject();
    }

    public static void WriteWaits(Utf8JsonWriter json, TruthTally tally, PlantedValues planted, SynthOptions options)
    {
        var lastReferral = options.To.AddDays(-(int)(Events.ElectiveCareStory.MaximumWeeks * 7) - 28);
        foreach (var (flag, extra, meaning) in new[]
        {
            (PlusFlag.InterpreterNeeded, planted.InterpreterExtraWeeks, "People needing an interpreter wait longer within every specialty; their specialty mix is ordinary, so crude and adjusted gaps are close."),
            (PlusFlag.LearningDisability, planted.LearningDisabilityExtraWeeks, $"People with a learning disability wait longer within every specialty AND {planted.LearningDisabilityOrthopaedicShare:P0} of their referrals go to trauma and orthopaedics (110), the slowest specialty: the crude gap is larger than the specialty-adjusted gap (the confounder)."),
        })
        {
            var breakdown = flag.Name;
            var cells = tally.Cells.Where(c => c.Indicator == "rtt_completed_wait_weeks").ToArray();
            var crude = cells.Where(c => c.Breakdown == breakdown).ToDictionary(c => c.Group, StringComparer.Ordinal);
            json.WriteStartObject();
            Describe(json, "rtt_completed_wait_weeks", meaning,
                $"RTT pathways (waiting_list.csv) with referral_date from {TruthWriter.Date(options.From)} to {TruthWriter.Date(lastReferral)}; all have a clock_stop_date. Group 'true' = people with the {breakdown.Replace('_', ' ')} GP code ({flag.Derivation.GpCodeList}).",
                "Mean of (clock_stop_date - referral_date) in weeks.",
                $"Referrals {TruthWriter.Date(options.From)} to {TruthWriter.Date(lastReferral)}.", "mean_weeks",
                "Waits are gamma (shape 4) within specialty and priority, sd about half the mean: allow ci95_half_width on each gap (1.96 x the standard error of a difference of means).");
            json.WriteString("breakdown", breakdown);
            var meanTrue = Mean(crude, "true");
            var meanFalse = Mean(crude, "false");
            json.WriteNumber("crude_mean_weeks_true", Math.Round(meanTrue, 3));
            json.WriteNumber("crude_mean_weeks_false", Math.Round(meanFalse, 3));
            var pathwaysTrue = crude.TryGetValue("true", out var t) ? t.Denominator : 0;
            var pathwaysFalse = crude.TryGetValue("false", out var f) ? f.Denominator : 0;
            json.WriteNumber("pathways_true", pathwaysTrue);
            json.WriteNumber("pathways_false", pathwaysFalse);
            json.WriteNumber("crude_gap_weeks", Math.Round(meanTrue - meanFalse, 3));
            var adjusted = AdjustedGap(cells, breakdown);
            json.WriteNumber("specialty_adjusted_gap_weeks", Math.Round(adjusted, 3));
            json.WriteNumber("planted_extra_weeks_within_specialty", extra);
            json.WriteString("adjusted_method", "Mean over the group's pathways of (their specialty's mean for the group minus that specialty's mean for everyone else): indirect standardisation to the group's own specialty mix.");
            var halfWidth = 1.96 * Math.Sqrt((Math.Pow(meanTrue * 0.6, 2) / Math.Max(1, pathwaysTrue)) + (Math.Pow(meanFalse * 0.6, 2) / Math.Max(1, pathwaysFalse)));
            json.WriteNumber("ci95_half_width", Math.Round(halfWidth, 3));
            json.WriteStartObject("by_specialty");
            foreach (var specialty in Events.Specialty.All)
            {
                var within = cells.Where(c => c.Breakdown == breakdown + "@" + specialty.Code).ToDictionary(c => c.Group, StringComparer.Ordinal);
                json.WriteStartObject(specialty.Code);
                json.WriteNumber("mean_weeks_true", Math.Round(Mean(within, "true"), 3));
                json.WriteNumber("mean_weeks_false", Math.Round(Mean(within, "false"), 3));
                json.WriteNumber("pathways_true", within.TryGetValue("true", out var wt) ? wt.Denominator : 0);
                json.WriteNumber("pathways_false", within.TryGetValue("false", out var wf) ? wf.Denominator : 0);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    public static void WriteLifeExpectancy(Utf8JsonWriter json, SynthContext context)
    {
        json.WriteStartObject();
        Describe(json, "life_expectancy_birth_imd",
            "Life expectancy at birth falls with deprivation: the gap between national IMD deciles 10 and 1 is about 9 years for men and 7.5 for women, as in England.",
            "Deaths (deaths.csv) and person-years registered (gp_registrations.csv periods within the period) by sex, 5-year age band (0, 1-4, 5-9, ..., 90+) and national IMD decile of the LSOA of residence (movers stay in their decile).",
            "Registered deaths in the period.",
            $"{TruthWriter.Date(context.From)} to {TruthWriter.Date(context.To)}, pooled.", "years",
            "Chiang II life tables from 4 pooled years: at --scale 0.1 expect 95% CIs of roughly 1-3 years per decile (wider where a decile has few people); the model's life expectancy differs from an abridged life table by well under half a year. Check each value lies in the computed CI and the gap in the quadrature sum of the two CIs.");
        json.WriteStartObject("breakdowns");
        foreach (var sex in new[] { 'M', 'F' })
        {
            json.WriteStartObject(sex == 'M' ? "male_by_imd_decile" : "female_by_imd_decile");
            json.WriteStartObject("values");
            for (var d = 1; d <= 10; d++)
            {
                json.WriteNumber(d.ToString(CultureInfo.InvariantCulture), Math.Round(context.Mortality.LifeExpectancy(sex, d), 2));
            }

            json.WriteEndObject();
            json.WriteNumber("gap_decile10_minus_decile1", Math.Round(context.Mortality.LifeExpectancy(sex, 10) - context.Mortality.LifeExpectancy(sex, 1), 2));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("icb_population_by_decile");
        for (var d = 1; d <= 10; d++)
        {
            json.WriteNumber(d.ToString(CultureInfo.InvariantCulture), context.Icb.PopulationByDecile[d - 1]);
        }

        json.WriteEndObject();
        json.WriteString("hazard", $"Gompertz: annual hazard = exp(level[sex, decile] + {Population.Mortality.GompertzSlope.ToString(CultureInfo.InvariantCulture)} x age), plus 0.0035 under 1 and 0.0001 from 1 to 14; level calibrated to the values above.");
        json.WriteEndObject();
    }

    private static void Describe(Utf8JsonWriter json, string id, string meaning, string population, string numerator, string period, string measure, string tolerance)
    {
        json.WriteString("indicator", id);
        json.WriteString("meaning", meaning);
        json.WriteString("population", population);
        json.WriteString("numerator", numerator);
        json.WriteString("period", period);
        json.WriteString("measure", measure);
        json.WriteString("tolerance", tolerance);
    }

    private static double AdjustedGap(TruthCell[] cells, string breakdown)
    {
        double weighted = 0, count = 0;
        foreach (var specialty in Events.Specialty.All)
        {
            var within = cells.Where(c => c.Breakdown == breakdown + "@" + specialty.Code).ToDictionary(c => c.Group, StringComparer.Ordinal);
            if (within.TryGetValue("true", out var t) && within.TryGetValue("false", out var f) && t.Denominator > 0 && f.Denominator > 0)
            {
                weighted += t.Denominator * ((t.Numerator / t.Denominator) - (f.Numerator / f.Denominator));
                count += t.Denominator;
            }
        }

        return count > 0 ? weighted / count : 0;
    }

    private static double Mean(Dictionary<string, TruthCell> cells, string group) =>
        cells.TryGetValue(group, out var c) && c.Denominator > 0 ? c.Numerator / c.Denominator : 0;

    private static double HalfWidth(PlantedIndicator indicator, double numerator, double denominator)
    {
        if (denominator <= 0)
        {
            return 0;
        }

        if (indicator.Measure == "proportion")
        {
            var p = numerator / denominator;
            return 1.96 * Math.Sqrt(p * (1 - p) / denominator);
        }

        return 1.96 * Math.Sqrt(Math.Max(numerator, 1)) / denominator * indicator.Multiplier;
    }

    private static void Map(Utf8JsonWriter json, string name, IEnumerable<TruthCell> cells, Func<TruthCell, double> value, int decimals)
    {
        json.WriteStartObject(name);
        foreach (var cell in cells)
        {
            json.WriteNumber(cell.Group, Math.Round(value(cell), decimals));
        }

        json.WriteEndObject();
    }
}
