using System.Globalization;
using System.Text;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// Generates <c>docs/indicators.md</c> from the definitions, so the catalogue can never drift from
/// the library (a test fails when the committed file is out of date; <c>healthgap report --catalogue FILE</c> regenerates it).
/// </summary>
public static class CatalogueMarkdown
{
    /// <summary>The name of a measure as written in definition files and outputs.</summary>
    public static string MeasureName(MeasureType measure) => measure switch
    {
        MeasureType.Proportion => "proportion",
        MeasureType.CrudeRate => "crude_rate",
        MeasureType.DirectlyStandardisedRate => "dsr",
        MeasureType.IndirectlyStandardisedRatio => "isr",
        _ => "life_expectancy",
    };

    /// <summary>The name of a polarity as written in definition files and outputs.</summary>
    public static string PolarityName(Polarity polarity) => polarity switch
    {
        Polarity.HigherBetter => "higher-better",
        Polarity.LowerBetter => "lower-better",
        _ => "context",
    };

    /// <summary>The whole catalogue page.</summary>
    public static string Generate(IReadOnlyList<IndicatorDefinition> definitions)
    {
        var text = new StringBuilder()
            .Append("# Indicator catalogue\n\n")
            .Append("Generated from `indicators/*.yaml` — do not edit by hand; run\n")
            .Append("`healthgap report --catalogue docs/indicators.md` after changing a definition.\n\n")
            .Append("Every indicator is computed for every area (ICB, sub-ICB, place, PCN, practice) and broken down by\n")
            .Append("national IMD decile and quintile, Core20 vs rest, ethnicity (5 broad groups and detailed categories),\n")
            .Append("sex, age band and each PLUS flag, with unknown kept as a visible group; every figure passes the\n")
            .Append("disclosure gate (docs/disclosure.md). How definitions work: docs/indicator-engine.md. Adding a\n")
            .Append("breakdown or a PLUS flag: [one place](#adding-a-plus-flag-or-a-breakdown-edit-one-place).\n\n")
            .Append("**Pooled periods.** Where one year's counts are too small for most deprivation groups of an ICS to be\n")
            .Append("published (children's admissions and checks, cancers via A&E, life expectancy by decile), the definition\n")
            .Append("declares `pooled_years` and the report also publishes, beside each year, that many years ending with it\n")
            .Append("combined (labelled `2022-23 to 2024-25`, `pooled_years` in indicators.csv), as Fingertips pools 3 years\n")
            .Append("(5 for life expectancy by deprivation): numerators and denominators are the sums of the single years'\n")
            .Append("(person-years too), and a pool is published only when the data covers all its years.\n\n")
            .Append("| id | title | measure | polarity | period | target |\n|---|---|---|---|---|---|\n");
        foreach (var d in definitions)
        {
            text.Append(CultureInfo.InvariantCulture, $"| [`{d.Id}`](#{d.Id}) | {d.Title} | {Measure(d)} | {PolarityName(d.Polarity)} | {PeriodName(d)} | {Target(d)} |\n");
        }

        foreach (var d in definitions)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {d.Id}\n\n**{d.Title}** — {Measure(d)}, {PolarityName(d.Polarity)}, reported by {PeriodName(d)}.\n\n")
                .Append(CultureInfo.InvariantCulture, $"{d.Description}\n\n")
                .Append(CultureInfo.InvariantCulture, $"- Why: {d.Rationale}\n")
                .Append(CultureInfo.InvariantCulture, $"- Source and method: {d.Source}\n")
                .Append(d.Expected is null ? "" : $"- Expected: {Expected(d.Expected)}\n")
                .Append(d.CountsTimeAtRisk ? $"- Counted: {Counted(d)} by age at the {(d.Numerator is DeathCount ? "death" : "event")}, over person-years registered in the period (each person's days registered and alive, in the age they were then, ÷ 365.25); the published denominator is person-years\n" : "")
                .Append(CultureInfo.InvariantCulture, $"- Target: {(d.Target is null ? "none" : $"{Target(d)} — {d.Target.Source}")}\n")
                .Append(CultureInfo.InvariantCulture, $"- Breakdowns: {string.Join(", ", d.Breakdowns)}\n")
                .Append(CultureInfo.InvariantCulture, $"- Definition: [`indicators/{d.Id}.yaml`](../indicators/{d.Id}.yaml)\n");
        }

        return text.Append('\n').Append(VocabularyMarkdown.Generate()).ToString();
    }

    private static string PeriodName(IndicatorDefinition d) =>
        d.Period.PooledYears is { } years ? string.Create(CultureInfo.InvariantCulture, $"{d.Period.Kind} and {years} years pooled") : $"{d.Period.Kind}";

    private static string Measure(IndicatorDefinition d) => d.Measure switch
    {
        MeasureType.Proportion when d.Multiplier == 100 => "percentage",
        MeasureType.Proportion => string.Create(CultureInfo.InvariantCulture, $"per {d.Multiplier:#,0}"),
        MeasureType.CrudeRate => string.Create(CultureInfo.InvariantCulture, $"crude rate per {d.Multiplier:#,0}"),
        MeasureType.DirectlyStandardisedRate => string.Create(CultureInfo.InvariantCulture, $"age-standardised rate per {d.Multiplier:#,0}"),
        MeasureType.IndirectlyStandardisedRatio when d.Multiplier == 100 => "observed as % of expected",
        MeasureType.IndirectlyStandardisedRatio => string.Create(CultureInfo.InvariantCulture, $"observed vs expected x {d.Multiplier:#,0}"),
        _ => "life expectancy (years)",
    };

    private static string Counted(IndicatorDefinition d) => d.Numerator switch
    {
        DeathCount => "deaths while registered",
        TumourCount => "tumours diagnosed while registered",
        _ => "events while registered",
    };

    private static string Expected(ExpectedPrevalence expected) =>
        string.Join("; ", expected.Rates.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.MinAge}{(r.MaxAge is { } max ? $"-{max}" : "+")}: men {r.Male * 100:0.#}%, women {r.Female * 100:0.#}%"))) + $" — {expected.Source}";

    private static string Target(IndicatorDefinition d) =>
        d.Target is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{d.Target.Value:0.##} by {d.Target.Year}");
}
