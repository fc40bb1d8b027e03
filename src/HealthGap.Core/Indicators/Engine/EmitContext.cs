using HealthGap.Core.Indicators.Codelists;
using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// What an emitter needs: the parameter collection, the period, the code-list matcher, and the
/// per-person subqueries the query joins to <c>p</c> (the <c>person</c> table). A subquery is joined
/// once however many criteria or indicators use it (identical SQL, identical parameters), so a
/// register shared by several indicators in one query is computed once.
/// </summary>
internal sealed class EmitContext(SqlParameters parameters, ReportingPeriod period, NodeEmitters emitters)
{
    private readonly Dictionary<string, string> _joins = new(StringComparer.Ordinal);

    public SqlParameters Parameters { get; } = parameters;

    public ReportingPeriod Period { get; } = period;

    /// <summary>Code lists the SQL refers to; the engine loads exactly these into <c>hg_codelist</c>.</summary>
    public HashSet<string> CodelistsUsed { get; } = new(StringComparer.Ordinal);

    /// <summary>The reference date (period end) as a parameter.</summary>
    public string ReferenceDate => Parameters.Date(Period.End);

    /// <summary>Age in whole years at the period end (birth month only is stored).</summary>
    public string Age => $"(date_diff('month', p.birth_month, {ReferenceDate}) // 12)";

    /// <summary>Joined subqueries, alias → SQL, in order of first use; each has one row per person_id at most.</summary>
    public IEnumerable<KeyValuePair<string, string>> Joins => _joins.Select(j => new KeyValuePair<string, string>(j.Value, j.Key));

    /// <summary>True for a person among those <paramref name="sql"/> selects (a column person_id, repeats allowed).</summary>
    public string PersonIn(string sql) => $"({Join($"SELECT DISTINCT person_id FROM ({sql})")}.person_id IS NOT NULL)";

    /// <summary>
    /// The person's value of <paramref name="column"/> from <paramref name="sql"/> (one row per person_id),
    /// 0 for a person it has no row for.
    /// </summary>
    public string PersonValue(string sql, string column) => $"coalesce({Join(sql)}.{column}, 0)";

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

    private string Join(string sql)
    {
        if (!_joins.TryGetValue(sql, out var alias))
        {
            alias = "j" + (_joins.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _joins[sql] = alias;
        }

        return alias;
    }
}
