using System.Text;
using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// Compiles definitions for one period into one DuckDB query returning sufficient statistics:
/// numerator and denominator summed per area × breakdown group × age band × sex, a column pair per
/// indicator. The query passes over the people once whatever the number of indicators: it evaluates
/// every indicator's population, numerator and denominator per person (its per-person subqueries stacked
/// into one table joined once) and sums people with the same person columns and age band into profiles (far
/// fewer rows than people), labelled with their areas, breakdown groups and sex only after; the engine
/// unpivots the profiles' breakdowns and rolls them up to each area type. It computes no rates
/// (statistics does) and runs nothing (the engine does). Column names come only from <see cref="BreakdownNames"/> and <see cref="AreaTypes"/>; values
/// only through <see cref="SqlParameters"/>.
/// </summary>
public sealed partial class IndicatorCompiler
{
    private readonly NodeEmitters _emitters = new();

    /// <summary>Node kinds with an emitter (tests check each has a golden SQL test).</summary>
    internal IReadOnlyCollection<Type> NodeTypes => _emitters.NodeTypes;

    /// <summary>Compiles one definition for <paramref name="period"/>.</summary>
    /// <param name="definition">The indicator.</param>
    /// <param name="period">The reporting period; criteria are evaluated at its end.</param>
    /// <param name="areaTypes">Area types to group by (default all).</param>
    /// <param name="breakdowns">Breakdowns to group by (default the definition's).</param>
    public CompiledQuery Compile(
        IndicatorDefinition definition,
        ReportingPeriod period,
        IReadOnlyList<string>? areaTypes = null,
        IReadOnlyList<string>? breakdowns = null) => Compile([definition], period, areaTypes, breakdowns);

    /// <summary>
    /// Compiles several definitions for <paramref name="period"/> into one query. They must share an
    /// age-band scheme (the strata are the same for all); <see cref="Batches"/> groups a library so.
    /// </summary>
    /// <param name="definitions">The indicators.</param>
    /// <param name="period">The reporting period; criteria are evaluated at its end.</param>
    /// <param name="areaTypes">Area types to group by (default all).</param>
    /// <param name="breakdowns">Breakdowns for every indicator (default each definition's own).</param>
    public CompiledQuery Compile(
        IReadOnlyList<IndicatorDefinition> definitions,
        ReportingPeriod period,
        IReadOnlyList<string>? areaTypes = null,
        IReadOnlyList<string>? breakdowns = null)
    {
        if (definitions.Count == 0 || definitions.Select(d => d.AgeBands).Distinct().Count() > 1)
        {
            throw new ArgumentException("compile one or more definitions that share an age-band scheme.", nameof(definitions));
        }

        if (definitions.Select(d => d.CountsTimeAtRisk).Distinct().Count() > 1)
        {
            throw new ArgumentException("compile definitions over person-years and over people in separate queries (a row is a person in one, a person in a year of age in the other).", nameof(definitions));
        }

        var areas = Check(areaTypes ?? AreaTypes.All, AreaTypes.PersonColumns, "area type");
        var members = definitions.Select(d =>
        {
            var reported = Check(BreakdownNames.Expand(breakdowns ?? d.Breakdowns).ToList(), BreakdownNames.Sql, "breakdown");
            return new CompiledMember(d, reported) { AdjustmentBreakdowns = AdjustmentStrata.For(d, reported, areas) };
        }).ToList();
        var groups = CompiledQuery.BreakdownsOf(members);
        var parameters = new SqlParameters();
        // Over time at risk a row is a person in a year of age; when no member has an age criterion, a person in an age band is enough.
        var timeAtRisk = definitions[0].CountsTimeAtRisk;
        var byBand = timeAtRisk && !definitions.Any(NeedsYearOfAge);
        var context = new EmitContext(parameters, period, _emitters, timeAtRisk, byBand ? age => AgeBandStart(definitions[0].AgeBands, age) : null);
        var ageBand = AgeBand(definitions[0].AgeBands, context.Age);

        // Profiles are grouped on the person's own columns (dates, flags, codes) and the age band, and only then labelled
        // ('Yes', 'Unknown', …): hashing a few narrow columns per person is about 3× cheaper than hashing ~30 labels.
        // Two raw values with one label (a NULL and a 'U' sex) make two profiles with one key, which the roll-up adds.
        var labels = new List<string>();
        labels.AddRange(areas.Select(a => $"coalesce(p.{AreaTypes.PersonColumns[a]}, 'Unknown') AS area_{a}"));
        labels.AddRange(groups.Select(b => $"{(AdjustmentStrata.Sql(b) ?? BreakdownNames.Sql[b]).Replace("{age_band}", "p.age_band", StringComparison.Ordinal)} AS bd_{b}"));
        labels.Add("p.age_band");
        labels.Add("coalesce(p.sex, 'U') AS sex");
        var columns = PersonColumnsIn(labels);
        var select = new List<string>();
        select.AddRange(columns.Select(c => $"p.{c}"));
        select.Add($"{ageBand} AS age_band");
        for (var i = 0; i < members.Count; i++)
        {
            var definition = members[i].Definition;
            var population = definition.Population.Count == 0
                ? "p.birth_month <= " + context.ReferenceDate
                : string.Join(" AND ", definition.Population.Select(c => $"coalesce({context.Emit(c)}, false)"));
            select.Add($"{population} AS in_{i}");
            select.Add($"{context.Emit(definition.Numerator)} AS n_{i}");
            select.Add($"{context.Emit(definition.Denominator)} AS d_{i}");
        }

        // Over time at risk a row is a person in one year of age (x), and counted values join on the age too.
        var (rows, person) = timeAtRisk ? ($"{EmitContext.Exposure} x JOIN person p ON p.person_id = x.person_id", "x") : ("person p", "p");
        var grouped = string.Join(", ", columns.Append("age_band"));
        var sql = new StringBuilder()
            .AppendLine("WITH " + (timeAtRisk ? context.TimeAtRiskSql() + "\n" : "") + context.ValuesSql() + "person_values AS (")
            .AppendLine("  SELECT")
            .AppendLine("    " + string.Join(",\n    ", select))
            .AppendLine($"  FROM {rows}" + context.ValuesJoins(person))
            .AppendLine("),")
            .AppendLine("profiles AS (")
            .AppendLine($"  SELECT {grouped},")
            .AppendLine("    " + string.Join(",\n    ", Enumerable.Range(0, members.Count).SelectMany(i => new[]
            {
                $"CAST(sum(CASE WHEN in_{i} THEN n_{i} ELSE 0 END) AS BIGINT) AS n_{i}", $"CAST(sum(CASE WHEN in_{i} THEN d_{i} ELSE 0 END) AS BIGINT) AS d_{i}",
            })))
            .AppendLine($"  FROM person_values WHERE {string.Join(" OR ", Enumerable.Range(0, members.Count).Select(i => $"in_{i}"))}")
            .AppendLine($"  GROUP BY {grouped}")
            .AppendLine(")")
            .AppendLine("SELECT " + string.Join(",\n  ", labels) + ",")
            .AppendLine("  " + string.Join(", ", Enumerable.Range(0, members.Count).Select(i => $"n_{i}, d_{i}")))
            .AppendLine("FROM profiles p")
            .ToString();
        return new CompiledQuery(period, sql, parameters.Values, areas, members, context.CodelistsUsed);
    }

    /// <summary>
    /// Groups (definition, period) pairs into queries of at most <paramref name="size"/> definitions
    /// sharing a period, age-band scheme and kind of denominator (people or person-years), in the order the pairs are given.
    /// Over person-years, those with an age criterion (a row per year of age) go apart from those without (a row per age band,
    /// about half the rows).
    /// </summary>
    public static IReadOnlyList<(ReportingPeriod Period, IReadOnlyList<IndicatorDefinition> Definitions)> Batches(
        IEnumerable<(IndicatorDefinition Definition, ReportingPeriod Period)> work, int size) =>
        [.. work.GroupBy(w => (w.Period.Start, w.Period.End, w.Definition.AgeBands, w.Definition.CountsTimeAtRisk, NeedsYearOfAge(w.Definition)))
            .SelectMany(g => g.Chunk(size).Select(c => (c[0].Period, (IReadOnlyList<IndicatorDefinition>)[.. c.Select(w => w.Definition)])))];

    private static string AgeBand(AgeBandScheme scheme, string age) => scheme == AgeBandScheme.LifeTable
        ? $"CASE WHEN {age} < 1 THEN 0 WHEN {age} < 5 THEN 1 ELSE least({age} // 5 + 1, 19) END"
        : $"least({age} // 5, 18)";

    // The first age of the band an age is in (0, 1, 5 … 90 for life tables; 0, 5 … 90 for ESP2013).
    private static string AgeBandStart(AgeBandScheme scheme, string age) => scheme == AgeBandScheme.LifeTable
        ? $"(CASE WHEN {age} < 1 THEN 0 WHEN {age} < 5 THEN 1 ELSE least({age} // 5 * 5, 90) END)"
        : $"(least({age} // 5, 18) * 5)";

    // Over person-years, an age criterion needs a row per year of age; otherwise a row per age band will do.
    private static bool NeedsYearOfAge(IndicatorDefinition definition) => definition.CountsTimeAtRisk && definition.Population.Any(UsesAge);

    private static bool UsesAge(Criterion criterion) => criterion switch
    {
        AgeCriterion => true,
        AllOfCriterion all => all.Criteria.Any(UsesAge),
        AnyOfCriterion any => any.Criteria.Any(UsesAge),
        NotCriterion not => UsesAge(not.Inner),
        _ => false,
    };

    // The person columns the labels read (p.name), in first-use order; names come from the vocabulary's allow-listed SQL.
    private static List<string> PersonColumnsIn(IEnumerable<string> labels) =>
        [.. labels.SelectMany(l => PersonColumn().Matches(l).Select(m => m.Groups[1].Value)).Where(c => c != "age_band").Distinct()];

    [System.Text.RegularExpressions.GeneratedRegex(@"\bp\.([a-z_0-9]+)")]
    private static partial System.Text.RegularExpressions.Regex PersonColumn();

    private static List<string> Check<T>(IReadOnlyList<string> names, IReadOnlyDictionary<string, T> allowed, string what)
    {
        foreach (var name in names.Where(n => !allowed.ContainsKey(n)))
        {
            throw new ArgumentException($"unknown {what} '{name}'. Use: {string.Join(", ", allowed.Keys)}.");
        }

        return [.. names.Distinct()];
    }
}
