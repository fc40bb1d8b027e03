namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// One DuckDB query computing the sufficient statistics of one or more indicators for one period, as
/// profiles: one row per combination of areas (a column per area type), breakdown groups (a column
/// per breakdown), age band and sex, then a numerator and a denominator column per member, in member
/// order. <see cref="IndicatorEngine"/> rolls the profiles up into strata.
/// </summary>
/// <param name="Period">The period; criteria are evaluated at its end.</param>
/// <param name="Sql">DuckDB SQL; every literal is a parameter.</param>
/// <param name="Parameters">Named parameters (without <c>$</c>).</param>
/// <param name="AreaTypes">Area types the query rolls up to.</param>
/// <param name="Members">The indicators, each with the breakdowns it is reported by.</param>
/// <param name="Codelists">Code lists the SQL needs in <c>hg_codelist</c>.</param>
public sealed record CompiledQuery(
    ReportingPeriod Period,
    string Sql,
    IReadOnlyList<KeyValuePair<string, object>> Parameters,
    IReadOnlyList<string> AreaTypes,
    IReadOnlyList<CompiledMember> Members,
    IReadOnlyCollection<string> Codelists)
{
    /// <summary>Every breakdown any member is reported by (the query's groups).</summary>
    public IReadOnlyList<string> Breakdowns => BreakdownsOf(Members);

    /// <summary>The union of the members' breakdowns (adjustment strata included) in first-seen order: the order of the query's group columns.</summary>
    internal static List<string> BreakdownsOf(IEnumerable<CompiledMember> members) => [.. members.SelectMany(m => m.Breakdowns.Concat(m.AdjustmentBreakdowns)).Distinct()];
}
