using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>The SQL of one indicator for one period, its parameters and what each result column means.</summary>
/// <param name="Definition">The indicator.</param>
/// <param name="Period">The period.</param>
/// <param name="Sql">DuckDB SQL; every literal is a parameter.</param>
/// <param name="Parameters">Named parameters (without <c>$</c>).</param>
/// <param name="AreaTypes">Area types the query rolls up to.</param>
/// <param name="Breakdowns">Breakdowns the query splits by.</param>
/// <param name="Codelists">Code lists the SQL needs in <c>hg_codelist</c>.</param>
public sealed record CompiledIndicator(
    IndicatorDefinition Definition,
    ReportingPeriod Period,
    string Sql,
    IReadOnlyList<KeyValuePair<string, object>> Parameters,
    IReadOnlyList<string> AreaTypes,
    IReadOnlyList<string> Breakdowns,
    IReadOnlyCollection<string> Codelists);
