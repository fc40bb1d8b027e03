using System.Text;
using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// Compiles a definition for one period into one DuckDB query returning sufficient statistics:
/// numerator and denominator summed per area × breakdown group × age band × sex. Breakdowns are
/// unpivoted and summed once at the finest areas, then rolled up to each area type (DuckDB runs this
/// far faster than one GROUPING SETS query with a set per area type and breakdown). It computes no rates (statistics does) and runs nothing (the engine does).
/// Column names come only from <see cref="Breakdowns"/>; values only through <see cref="SqlParameters"/>.
/// </summary>
public sealed class IndicatorCompiler
{
    private readonly NodeEmitters _emitters = new();

    /// <summary>Node kinds with an emitter (tests check each has a golden SQL test).</summary>
    internal IReadOnlyCollection<Type> NodeTypes => _emitters.NodeTypes;

    /// <summary>Compiles <paramref name="definition"/> for <paramref name="period"/>.</summary>
    /// <param name="definition">The indicator.</param>
    /// <param name="period">The reporting period; criteria are evaluated at its end.</param>
    /// <param name="areaTypes">Area types to group by (default all).</param>
    /// <param name="breakdowns">Breakdowns to group by (default the definition's).</param>
    public CompiledIndicator Compile(
        IndicatorDefinition definition,
        ReportingPeriod period,
        IReadOnlyList<string>? areaTypes = null,
        IReadOnlyList<string>? breakdowns = null)
    {
        var areas = Check(areaTypes ?? [.. Definitions.Breakdowns.AreaColumns.Keys], Definitions.Breakdowns.AreaColumns, "area type");
        var groups = Check(Definitions.Breakdowns.Expand(breakdowns ?? definition.Breakdowns).ToList(), Definitions.Breakdowns.Expressions, "breakdown");
        var parameters = new SqlParameters();
        var context = new EmitContext(parameters, period, _emitters);
        var ageBand = AgeBand(definition.AgeBands, context.Age);

        var select = new List<string>();
        select.AddRange(areas.Select(a => $"coalesce(p.{Definitions.Breakdowns.AreaColumns[a]}, 'Unknown') AS area_{a}"));
        select.AddRange(groups.Select(b => $"{Definitions.Breakdowns.Expressions[b].Replace("{age_band}", ageBand, StringComparison.Ordinal)} AS bd_{b}"));
        select.Add($"{ageBand} AS age_band");
        select.Add("coalesce(p.sex, 'U') AS sex");
        select.Add($"{context.Emit(definition.Numerator)} AS numerator");
        select.Add($"{context.Emit(definition.Denominator)} AS denominator");
        var where = definition.Population.Count == 0
            ? "p.birth_month <= " + context.ReferenceDate
            : string.Join("\n  AND ", definition.Population.Select(c => $"coalesce({context.Emit(c)}, false)"));

        var areaColumns = string.Join(", ", areas.Select(a => $"area_{a}"));
        var rollups = areas.Select(a =>
            $"SELECT '{a}' AS area_type, area_{a} AS area_code, breakdown, grp, age_band, sex, CAST(sum(numerator) AS BIGINT) AS numerator, CAST(sum(denominator) AS BIGINT) AS denominator\n" +
            "FROM cells GROUP BY ALL HAVING sum(numerator) > 0 OR sum(denominator) > 0");
        var sql = new StringBuilder()
            .AppendLine("WITH pop AS MATERIALIZED (")
            .AppendLine("  SELECT")
            .AppendLine("    " + string.Join(",\n    ", select))
            .AppendLine("  FROM person p")
            .AppendLine("  WHERE " + where)
            .AppendLine("),")
            .AppendLine("long AS (")
            .AppendLine($"  SELECT {areaColumns}, age_band, sex, numerator, denominator,")
            .AppendLine("    unnest([" + string.Join(", ", groups.Select(b => $"{{'breakdown': '{b}', 'grp': bd_{b}}}")) + "]) AS b")
            .AppendLine("  FROM pop")
            .AppendLine("),")
            .AppendLine("cells AS MATERIALIZED (")
            .AppendLine($"  SELECT {areaColumns}, b.breakdown AS breakdown, b.grp AS grp, age_band, sex, sum(numerator) AS numerator, sum(denominator) AS denominator")
            .AppendLine("  FROM long GROUP BY ALL")
            .AppendLine(")")
            .AppendLine(string.Join("\nUNION ALL\n", rollups))
            .ToString();
        return new CompiledIndicator(definition, period, sql, parameters.Values, areas, groups, context.CodelistsUsed);
    }

    private static string AgeBand(AgeBandScheme scheme, string age) => scheme == AgeBandScheme.LifeTable
        ? $"CASE WHEN {age} < 1 THEN 0 WHEN {age} < 5 THEN 1 ELSE least({age} // 5 + 1, 19) END"
        : $"least({age} // 5, 18)";

    private static List<string> Check<T>(IReadOnlyList<string> names, IReadOnlyDictionary<string, T> allowed, string what)
    {
        foreach (var name in names.Where(n => !allowed.ContainsKey(n)))
        {
            throw new ArgumentException($"unknown {what} '{name}'. Use: {string.Join(", ", allowed.Keys)}.");
        }

        return [.. names.Distinct()];
    }
}
