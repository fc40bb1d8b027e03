using System.Text.RegularExpressions;
using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Vocabulary;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// Loads indicator definition files (<c>indicators/*.yaml</c>) into <see cref="IndicatorDefinition"/>s,
/// validating every field; a bad file fails with a <see cref="DefinitionException"/> naming the file,
/// line and field. A file over <see cref="DefinitionLimits"/> (size, nesting, alias expansion) is
/// refused before it is loaded. It does not compile SQL (the engine does), nor find the library's folder
/// (callers pass <c>HealthGapPaths.IndicatorsDir</c>).
/// </summary>
public sealed partial class DefinitionLoader(CodelistLibrary codelists)
{
    private static readonly Dictionary<string, MeasureType> Measures = new(StringComparer.Ordinal)
    {
        ["proportion"] = MeasureType.Proportion,
        ["crude_rate"] = MeasureType.CrudeRate,
        ["dsr"] = MeasureType.DirectlyStandardisedRate,
        ["life_expectancy"] = MeasureType.LifeExpectancy,
        ["isr"] = MeasureType.IndirectlyStandardisedRatio,
    };

    private static readonly Dictionary<string, Polarity> Polarities = new(StringComparer.Ordinal)
    {
        ["higher-better"] = Polarity.HigherBetter, ["lower-better"] = Polarity.LowerBetter, ["context"] = Polarity.Context,
    };

    private static readonly Dictionary<string, PeriodKind> PeriodKinds = new(StringComparer.Ordinal)
    {
        ["financial_year"] = PeriodKind.FinancialYear, ["calendar_year"] = PeriodKind.CalendarYear,
        ["quarter"] = PeriodKind.Quarter, ["month"] = PeriodKind.Month,
    };

    private static readonly string[] TopLevel =
    [
        "id", "title", "description", "rationale", "source", "measure", "multiplier", "polarity", "period",
        "population", "numerator", "denominator", "breakdowns", "target", "expected", AdjustedComparisonReader.Field,
    ];

    /// <summary>Loads every <c>*.yaml</c> file in a folder, sorted by id; ids must be unique.</summary>
    public IReadOnlyList<IndicatorDefinition> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DefinitionException($"indicator folder '{directory}' does not exist.");
        }

        return [.. Directory.EnumerateFiles(directory, "*.yaml").Select(LoadFile).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>Loads and validates one definition file.</summary>
    public IndicatorDefinition LoadFile(string path)
    {
        var name = Path.GetFileName(path);
        var stream = new YamlStream();
        try
        {
            DefinitionLimits.Check(path, name);
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new DefinitionException($"{name}, line {ex.Start.Line}: not valid YAML ({ex.Message}).", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of a YamlException on some malformed text (found by bench fuzz: a Unicode
            // line separator inside a flow mapping; an alias straight after a flow mapping).
            throw new DefinitionException($"{name}: not valid YAML (the YAML parser stopped: {ex.Message}).", ex);
        }

        if (stream.Documents.Count != 1)
        {
            throw new DefinitionException($"{name}: expected exactly one YAML document, found {stream.Documents.Count}.");
        }

        return Read(new YamlField(name, "", stream.Documents[0].RootNode), path);
    }

    private IndicatorDefinition Read(YamlField root, string path)
    {
        root.AllowOnly(TopLevel);
        var id = root.Required("id");
        if (!IdPattern().IsMatch(id.Text))
        {
            throw id.Error($"'{id.Text}' is not a valid id: use lower-case letters, digits and underscores, starting with a letter.");
        }

        if (id.Text != Path.GetFileNameWithoutExtension(path))
        {
            throw id.Error($"id '{id.Text}' must equal the file name '{Path.GetFileNameWithoutExtension(path)}'.");
        }

        var reader = new DefinitionReader(codelists);
        var measure = root.Required("measure").OneOf(Measures);
        var numerator = reader.Count(root.Required("numerator"));
        var denominator = reader.Count(root.Required("denominator"));
        CheckCounts(root, measure, numerator, denominator);
        var population = reader.CriteriaList(root.Optional("population"));
        CheckPopulation(root, denominator, population);
        var expected = ExpectedReader.ForMeasure(root, measure, population);
        var multiplier = root.Required("multiplier").Number();
        if (multiplier <= 0)
        {
            throw root.Required("multiplier").Error("must be positive (100 for a percentage, 100000 per 100,000).");
        }

        var breakdowns = BreakdownList(root.Optional("breakdowns"));
        return new IndicatorDefinition(
            id.Text,
            root.Required("title").Text,
            root.Required("description").Text,
            root.Required("rationale").Text,
            root.Required("source").Text,
            measure,
            multiplier,
            root.Required("polarity").OneOf(Polarities),
            Period(root.Required("period")),
            population,
            numerator,
            denominator,
            breakdowns,
            Target(root.Optional("target")),
            path)
        {
            Expected = expected,
            AdjustedForDeprivation = AdjustedComparisonReader.Read(root, measure, breakdowns),
        };
    }

    private static void CheckCounts(YamlField root, MeasureType measure, CountSpec numerator, CountSpec denominator)
    {
        if (measure is MeasureType.Proportion && numerator is PersonCount && denominator is not PersonCount)
        {
            throw root.Required("denominator").Error("a proportion of people needs 'count: persons' in the denominator too.");
        }

        if (measure is MeasureType.DirectlyStandardisedRate or MeasureType.LifeExpectancy or MeasureType.IndirectlyStandardisedRatio && denominator is not (PersonCount or PersonYearsCount))
        {
            throw root.Required("denominator").Error("an age-standardised rate, observed vs expected ratio or life expectancy needs a population denominator " +
                "('count: person_years' for a rate of events or deaths, 'count: persons' for a share of people).");
        }

        if (measure is MeasureType.LifeExpectancy && denominator is not PersonYearsCount)
        {
            throw root.Required("denominator").Error("life expectancy needs time at risk in the denominator ('count: person_years') and deaths by age at death " +
                "in the numerator ('count: deaths'), as OHID's method does: a count of people at the year's end makes it read too high.");
        }

        CheckTimeAtRisk(root, measure, numerator, denominator);
    }

    // A person-years denominator is time at risk by year of age; what it is divided into must be dated events counted by
    // age at the event, and nothing may count people or use it as a numerator.
    private static void CheckTimeAtRisk(YamlField root, MeasureType measure, CountSpec numerator, CountSpec denominator)
    {
        if (numerator is PersonYearsCount)
        {
            throw root.Required("numerator").Error("'count: person_years' is time at risk: it can only be a denominator.");
        }

        if (denominator is PersonYearsCount && numerator is not (EventCount or TumourCount or DeathCount))
        {
            throw root.Required("numerator").Error("over person-years the numerator must be dated events counted by age at the event " +
                "('count: events', 'tumours' or 'deaths'); to count people, use 'count: persons' in both.");
        }

        if (denominator is PersonYearsCount && measure is not (MeasureType.CrudeRate or MeasureType.DirectlyStandardisedRate or MeasureType.LifeExpectancy))
        {
            throw root.Required("denominator").Error("'count: person_years' is the denominator of a crude rate, an age-standardised rate or life expectancy.");
        }

        if (numerator is DeathCount && denominator is not PersonYearsCount)
        {
            throw root.Required("numerator").Error("'count: deaths' counts deaths by age at death over time at risk: use 'denominator: { count: person_years }'.");
        }
    }

    // Over person-years the engine itself keeps only the time each person was registered and alive; a criterion
    // evaluated at the period end would drop those who moved away or died during it.
    private static void CheckPopulation(YamlField root, CountSpec denominator, IReadOnlyList<Criterion> population)
    {
        if (denominator is PersonYearsCount && population.Any(AtPeriodEndOnly))
        {
            throw root.Required("population").Error("with 'count: person_years' leave out 'registered' and 'died': person-years already count only the days " +
                "each person was registered and alive in the period, and a criterion at the period end would drop people who moved away or died.");
        }
    }

    private static bool AtPeriodEndOnly(Criterion criterion) => criterion switch
    {
        RegisteredCriterion or DiedCriterion => true,
        AllOfCriterion all => all.Criteria.Any(AtPeriodEndOnly),
        AnyOfCriterion any => any.Criteria.Any(AtPeriodEndOnly),
        NotCriterion not => AtPeriodEndOnly(not.Inner),
        _ => false,
    };

    private static PeriodSpec Period(YamlField field)
    {
        field.AllowOnly("type", "rolling_months", "pooled_years");
        var spec = new PeriodSpec(field.Required("type").OneOf(PeriodKinds), field.Optional("rolling_months")?.Integer(1, 60));
        if (field.Optional("pooled_years") is not { } pooled)
        {
            return spec;
        }

        // Pools are whole years added together; a quarter, a month or a rolling window has no years to add.
        if (spec.Kind is not (PeriodKind.FinancialYear or PeriodKind.CalendarYear) || spec.RollingMonths is not null)
        {
            throw pooled.Error("pooled years need a period of type financial_year or calendar_year without rolling_months.");
        }

        return spec with { PooledYears = pooled.Integer(2, 10) };
    }

    private static IReadOnlyList<string> BreakdownList(YamlField? field)
    {
        if (field is null)
        {
            return BreakdownNames.Catalogue;
        }

        var names = field.TextList();
        foreach (var unknown in names.Where(n => n != BreakdownNames.Plus && !BreakdownNames.Sql.ContainsKey(n)))
        {
            throw field.Error($"unknown breakdown '{unknown}'. Use: {BreakdownNames.Plus}, {string.Join(", ", BreakdownNames.Catalogue)}.");
        }

        return [.. BreakdownNames.Expand(names.Prepend(BreakdownNames.All))];
    }

    private static IndicatorTarget? Target(YamlField? field)
    {
        if (field is null)
        {
            return null;
        }

        field.AllowOnly("value", "source", "year");
        return new IndicatorTarget(field.Required("value").Number(), field.Required("source").Text, field.Required("year").Integer(2000, 2100));
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdPattern();
}
