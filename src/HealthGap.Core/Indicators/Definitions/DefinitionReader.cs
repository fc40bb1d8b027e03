using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Indicators.Definitions;

/// <summary>
/// Reads the criterion, count and window parts of a definition file into the typed model, checking
/// every name against the allow-lists and every code list against the library.
/// </summary>
internal sealed class DefinitionReader(Codelists.CodelistLibrary codelists)
{
    private static readonly string[] Sources = ["gp", "gp_appointment", "ae", "apc", "op", "death", "asc", "council", "vcse", "mh"];

    private static readonly Dictionary<string, Comparison> Comparisons = new(StringComparer.Ordinal)
    {
        ["<"] = Comparison.Less, ["<="] = Comparison.LessOrEqual, [">"] = Comparison.Greater, [">="] = Comparison.GreaterOrEqual,
    };

    private static readonly string[] CountKeys =
        ["count", "where", "codelist", "exclude_codelist", "source", "kind", "detail", "window", "stage", "route", "emergency_via_ae"];

    private static readonly string[] HasEventKeys = ["codelist", "exclude_codelist", "source", "kind", "detail", "window", "min_count"];

    public IReadOnlyList<Criterion> CriteriaList(YamlField? field) => field is null ? [] : [.. field.Items.Select(Criterion)];

    public Criterion Criterion(YamlField field)
    {
        if (field.Node is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            return field.Text == "registered" ? new RegisteredCriterion() : throw field.Error($"'{field.Text}' is not a criterion on its own; write it as '{field.Text}: {{...}}'.");
        }

        var mapping = field.Mapping;
        if (mapping.Children.Count != 1)
        {
            throw field.Error("each criterion is one key: registered, age, flag, on_register, has_event, latest_value, died, all_of, any_of or not.");
        }

        var key = mapping.Children.Keys.Single().ToString();
        var body = field.Optional(key) ?? new YamlField(field.File, $"{field.Path}.{key}", new YamlDotNet.RepresentationModel.YamlMappingNode());
        return key switch
        {
            "registered" => new RegisteredCriterion(),
            "age" => Age(body),
            "flag" => new FlagCriterion(Flag(body)),
            "on_register" => OnRegister(body),
            "has_event" => HasEvent(body),
            "latest_value" => LatestValue(body),
            "died" => Died(body),
            "all_of" => new AllOfCriterion(NonEmpty(body)),
            "any_of" => new AnyOfCriterion(NonEmpty(body)),
            "not" => new NotCriterion(Criterion(body)),
            _ => throw field.Error($"unknown criterion '{key}'. Use one of: registered, age, flag, on_register, has_event, latest_value, died, all_of, any_of, not."),
        };
    }

    public CountSpec Count(YamlField field)
    {
        field.AllowOnly([.. CountKeys, .. EventConditionReader.Keys]);
        var kind = field.Required("count");
        switch (kind.Text)
        {
            case "persons":
                return new PersonCount(CriteriaList(field.Optional("where")));
            case "events":
                return new EventCount(Filter(field));
            case "tumours":
                return new TumourCount(
                    CodelistName(field.Optional("codelist")),
                    field.Optional("stage")?.TextList() ?? [],
                    field.Optional("route")?.TextList() ?? [],
                    field.Optional("emergency_via_ae") is { } ae && ae.Text == "true",
                    Window(field.Optional("window")));
            case "person_years":
                field.AllowOnly("count");
                return new PersonYearsCount();
            case "deaths":
                field.AllowOnly("count");
                return new DeathCount();
            default:
                throw kind.Error($"'{kind.Text}' cannot be counted. Use persons, events, tumours, deaths or person_years.");
        }
    }

    public static Window Window(YamlField? field)
    {
        if (field is null)
        {
            return Definitions.Window.Period;
        }

        if (field.Node is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            return field.Text switch
            {
                "period" => Definitions.Window.Period,
                "ever" => Definitions.Window.Ever,
                _ => throw field.Error($"'{field.Text}' is not a window. Use period, ever, {{months: N}} or {{from_month: M}}."),
            };
        }

        field.AllowOnly("months", "from_month");
        return field.Optional("months") is { } months
            ? new Window(WindowKind.Months, months.Integer(1, 120))
            : new Window(WindowKind.FromMonth, field.Required("from_month").Integer(1, 12));
    }

    private EventFilter Filter(YamlField field)
    {
        var sources = field.Optional("source")?.TextList() ?? [];
        foreach (var source in sources.Where(s => !Sources.Contains(s)))
        {
            throw field.Required("source").Error($"unknown event source '{source}'. Use one of: {string.Join(", ", Sources)}.");
        }

        return new EventFilter(
            CodelistNames(field.Optional("codelist")),
            sources,
            field.Optional("kind")?.TextList() ?? [],
            field.Optional("detail")?.TextList() ?? [],
            Window(field.Optional("window")))
        {
            ExcludedCodelists = CodelistNames(field.Optional("exclude_codelist")),
            Conditions = new EventConditionReader(codelists).Read(field, sources),
        };
    }

    private static AgeCriterion Age(YamlField body)
    {
        body.AllowOnly("min", "max");
        var min = body.Optional("min")?.Integer(0, 120);
        var max = body.Optional("max")?.Integer(0, 120);
        if (min is null && max is null)
        {
            throw body.Error("give min, max or both (whole years at the end of the period).");
        }

        return min > max ? throw body.Error($"min {min} is greater than max {max}.") : new AgeCriterion(min, max);
    }

    private static string Flag(YamlField body) =>
        PlusFlag.Find(body.Text) is not null ? body.Text : throw body.Error($"unknown PLUS flag '{body.Text}'. Use one of: {string.Join(", ", PlusFlag.Names)}.");

    private OnRegisterCriterion OnRegister(YamlField body)
    {
        body.AllowOnly("codelist", "resolved_by");
        return new OnRegisterCriterion(CodelistName(body.Required("codelist"))!, CodelistName(body.Optional("resolved_by")));
    }

    private HasEventCriterion HasEvent(YamlField body)
    {
        body.AllowOnly([.. HasEventKeys, .. EventConditionReader.Keys]);
        return new HasEventCriterion(Filter(body), body.Optional("min_count")?.Integer(1, 1000) ?? 1);
    }

    private LatestValueCriterion LatestValue(YamlField body)
    {
        body.AllowOnly("codelist", "window", "compare", "value");
        return new LatestValueCriterion(
            CodelistName(body.Required("codelist"))!,
            Window(body.Optional("window")),
            body.Required("compare").OneOf(Comparisons),
            body.Required("value").Number());
    }

    private static DiedCriterion Died(YamlField body)
    {
        if (body.Node is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            return new DiedCriterion(Window(body));
        }

        body.AllowOnly("window");
        return new DiedCriterion(Window(body.Optional("window")));
    }

    private IReadOnlyList<Criterion> NonEmpty(YamlField body)
    {
        var list = CriteriaList(body);
        return list.Count > 0 ? list : throw body.Error("needs at least one criterion.");
    }

    // One list or several (any of them), each checked against the library with its own line in errors.
    private IReadOnlyList<string> CodelistNames(YamlField? field) => field switch
    {
        null => [],
        { Node: YamlDotNet.RepresentationModel.YamlScalarNode } => [CodelistName(field)!],
        _ => [.. field.Items.Select(i => CodelistName(i)!)],
    };

    private string? CodelistName(YamlField? field)
    {
        if (field is null)
        {
            return null;
        }

        var problem = codelists.Check(field.Text);
        return problem is null ? field.Text : throw field.Error(problem);
    }
}
