using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// What an emitter needs: the parameter collection, the period, the code-list matcher, and the
/// per-person subqueries the query joins to <c>p</c> (the <c>person</c> table). A subquery is computed
/// once however many criteria or indicators use it (identical SQL, identical parameters), so a
/// register shared by several indicators in one query is computed once; and all of them are stacked
/// into one table with a column per subquery (<see cref="ValuesSql"/>), joined once, as one join
/// of the people to a few narrow tables costs less than a join per subquery. Over time at risk
/// (<see cref="TimeAtRisk"/>) each row is a person in one year of age (<see cref="TimeAtRiskSql"/>),
/// and counted values are joined per person and year of age at the event.
/// </summary>
/// <param name="parameters">The query's parameters.</param>
/// <param name="period">The reporting period.</param>
/// <param name="emitters">The emitter of each node kind.</param>
/// <param name="timeAtRisk">True for a query over person-years.</param>
/// <param name="ageKey">
/// Over time at risk, what a row's age is kept as: null for the year of age (needed by <c>age</c> criteria), or the
/// start of its age band when no member needs more (fewer rows: a person's time in one band is one row).
/// </param>
internal sealed class EmitContext(SqlParameters parameters, ReportingPeriod period, NodeEmitters emitters, bool timeAtRisk = false, Func<string, string>? ageKey = null)
{
    /// <summary>Each registration within the period, clipped to it, to the birth and to the death (one row per person and spell, never overlapping).</summary>
    public const string Spells = "hg_spell";

    /// <summary>Days at risk per person and year of age (alias <c>x</c>: person_id, age, days).</summary>
    public const string Exposure = "hg_exposure";

    /// <summary>The stacked per-person values (alias), one column per subquery.</summary>
    public const string Values = "hg_values";

    /// <summary>The stacked per-person-and-year-of-age values over time at risk (alias), one column per subquery.</summary>
    public const string ValuesByAge = "hg_values_by_age";

    private readonly Dictionary<string, (string Alias, bool ByAge, string? Column)> _joins = new(StringComparer.Ordinal);

    public SqlParameters Parameters { get; } = parameters;

    public ReportingPeriod Period { get; } = period;

    /// <summary>Code lists the SQL refers to; the engine loads exactly these into <c>hg_codelist</c>.</summary>
    public HashSet<string> CodelistsUsed { get; } = new(StringComparer.Ordinal);

    /// <summary>The reference date (period end) as a parameter.</summary>
    public string ReferenceDate => Parameters.Date(Period.End);

    /// <summary>True when the query counts time at risk: one row per person and year of age (alias <c>x</c>), not per person.</summary>
    public bool TimeAtRisk { get; } = timeAtRisk;

    /// <summary>
    /// Age in whole years (birth month only is stored): at the period end, or over time at risk the year of
    /// age of the row (or the start of its age band, see the constructor), so age criteria and age bands follow
    /// the person through the period.
    /// </summary>
    public string Age => TimeAtRisk ? "x.age" : AgeAt("p.birth_month", ReferenceDate);

    /// <summary>
    /// The CTEs stacking the subqueries, one row per person (and over time at risk per person and year of age in
    /// <see cref="ValuesByAge"/>) with a column per subquery: 1 or NULL for a person among those it selects, else its
    /// value or NULL. Empty when no subquery is used; it ends with a comma, like <see cref="TimeAtRiskSql"/>.
    /// </summary>
    public string ValuesSql()
    {
        var sql = new System.Text.StringBuilder();
        foreach (var (name, byAge) in new[] { (Values, false), (ValuesByAge, true) })
        {
            var joins = _joins.Where(j => j.Value.ByAge == byAge).ToList();
            if (joins.Count == 0)
            {
                continue;
            }

            var keys = byAge ? "person_id, age" : "person_id";
            var rows = joins.Select((j, i) => $"SELECT {keys}, {i} AS j, CAST({j.Value.Column ?? "1"} AS BIGINT) AS val FROM ({j.Key})");
            var columns = joins.Select((j, i) => $"max(val) FILTER (WHERE j = {i}) AS {j.Value.Alias}");
            sql.AppendLine($"{name} AS (")
                .AppendLine($"  SELECT {keys}, {string.Join(", ", columns)} FROM (")
                .AppendLine("    " + string.Join("\n    UNION ALL ", rows))
                .AppendLine($"  ) GROUP BY {keys}")
                .AppendLine("),");
        }

        return sql.ToString();
    }

    /// <summary>The LEFT JOINs of the stacked values to the rows (alias <paramref name="person"/>: <c>p</c>, or <c>x</c> over time at risk).</summary>
    public string ValuesJoins(string person) =>
        (_joins.Values.Any(j => !j.ByAge) ? $"\n  LEFT JOIN {Values} ON {Values}.person_id = {person}.person_id" : "")
        + (_joins.Values.Any(j => j.ByAge) ? $"\n  LEFT JOIN {ValuesByAge} ON {ValuesByAge}.person_id = {person}.person_id AND {ValuesByAge}.age = x.age" : "");

    /// <summary>Whole years from <paramref name="birthMonth"/> to <paramref name="date"/> (the person has their birthday on the 1st of their birth month).</summary>
    public static string AgeAt(string birthMonth, string date) => $"(date_diff('month', {birthMonth}, {date}) // 12)";

    /// <summary>What an age (in years) is kept as over time at risk: itself, or the start of its age band.</summary>
    public string AgeKey(string age) => ageKey is null ? age : ageKey(age);

    /// <summary>True for a person among those <paramref name="sql"/> selects (a column person_id, repeats allowed).</summary>
    public string PersonIn(string sql) => $"({Join($"SELECT DISTINCT person_id FROM ({sql})", byAge: false, column: null)} IS NOT NULL)";

    /// <summary>
    /// The person's value of <paramref name="column"/> from <paramref name="sql"/> (one row per person_id, or over time at
    /// risk per person_id and age), 0 for a person it has no row for.
    /// </summary>
    public string PersonValue(string sql, string column) => $"coalesce({Join(sql, TimeAtRisk, column)}, 0)";

    /// <summary>
    /// The CTEs a time-at-risk query starts with: <see cref="Spells"/> (person_residence rows clipped to the period, to
    /// birth and death, each starting after the person's earlier rows end so no day counts twice) and
    /// <see cref="Exposure"/> (their days split at birthdays, summed per person and year of age or age band).
    /// </summary>
    public string TimeAtRiskSql()
    {
        var (start, end) = (Parameters.Date(Period.Start), ReferenceDate);
        var earlierEnd = "max(coalesce(r.valid_to, DATE '9999-12-31')) OVER (PARTITION BY r.person_id ORDER BY r.valid_from, r.valid_to ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)";
        var birthday = "CAST(birth_month + to_months(12 * age) AS DATE)";
        return $"""
            {Spells} AS (
              SELECT person_id, birth_month, at_from, at_to FROM (
                SELECT r.person_id, p.birth_month,
                  greatest(r.valid_from, p.birth_month, {start}, {earlierEnd} + 1) AS at_from,
                  least(coalesce(r.valid_to, {end}), p.date_of_death, {end}) AS at_to
                FROM person_residence r JOIN person p ON p.person_id = r.person_id
                WHERE r.valid_from IS NOT NULL AND p.birth_month IS NOT NULL)
              WHERE at_from <= at_to
            ),
            {Exposure} AS (
              SELECT person_id, {AgeKey("age")} AS age, sum(date_diff('day', greatest(at_from, {birthday}), least(at_to, CAST(birth_month + to_months(12 * age + 12) AS DATE) - 1)) + 1) AS days
              FROM (SELECT *, unnest(range({AgeAt("birth_month", "at_from")}, {AgeAt("birth_month", "at_to")} + 1)) AS age FROM {Spells})
              GROUP BY 1, 2
            ),
            """;
    }

    public string Emit(Criterion criterion) => emitters.Emit(criterion, this);

    public string Emit(CountSpec count) => emitters.Emit(count, this);

    /// <summary>A condition on the counted event row (alias <c>e</c>).</summary>
    public string Emit(EventCondition condition) => emitters.Emit(condition, this);

    /// <summary>Both ends of a window as date parameters.</summary>
    public (string Start, string End) Window(Window window)
    {
        var (start, end) = window.Resolve(Period.Start, Period.End);
        return (Parameters.Date(start), Parameters.Date(end));
    }

    /// <summary>
    /// A predicate that <paramref name="codeColumn"/> is in a code list: exact for SNOMED CT / dm+d,
    /// by prefix for ICD-10 (3 to 5 characters) and OPCS-4 (1 to 5), as codelists/README.md says.
    /// </summary>
    public string CodeIn(string codeColumn, string systemColumn, string list)
    {
        CodelistsUsed.Add(list);
        var name = Parameters.Add(list);
        if (!CodelistLibrary.IsPrefixList(list.Split('/')[0]))
        {
            return $"({systemColumn} NOT IN ('icd10', 'opcs4') AND {codeColumn} IN (SELECT code FROM hg_codelist WHERE list = {name}))";
        }

        // OPCS-4 lists may name a whole chapter (K) or block (K4), so their prefixes start at one character.
        var icd10 = list.StartsWith("icd10_", StringComparison.Ordinal);
        var system = Parameters.Add(icd10 ? "icd10" : "opcs4");
        var shortest = icd10 ? 3 : 1;
        var prefixes = string.Join(" OR ", Enumerable.Range(shortest, 6 - shortest).Select(n =>
            $"substr({codeColumn}, 1, {n}) IN (SELECT code FROM hg_codelist WHERE list = {name} AND length(code) = {n})"));
        return $"({systemColumn} = {system} AND ({prefixes}))";
    }

    // The column of the stacked values holding this subquery's value (one per distinct SQL).
    private string Join(string sql, bool byAge, string? column)
    {
        if (!_joins.TryGetValue(sql, out var join))
        {
            join = ("j" + (_joins.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), byAge, column);
            _joins[sql] = join;
        }

        return $"{(join.ByAge ? ValuesByAge : Values)}.{join.Alias}";
    }
}
