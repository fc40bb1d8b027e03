using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine.Emitters;

/// <summary>The WHERE conditions of an <see cref="EventFilter"/> on the event alias <see cref="Alias"/> (shared by has_event and events counts).</summary>
internal static class EventFilterSql
{
    /// <summary>The alias of the counted event row; event conditions (e.g. <see cref="SpellProcedure"/>) refer to it.</summary>
    public const string Alias = "e";

    public static string Where(EventFilter filter, EmitContext context)
    {
        const string alias = Alias;
        var (start, end) = context.Window(filter.Window);
        var parts = new List<string> { $"{alias}.event_date BETWEEN {start} AND {end}" };
        if (filter.Sources.Count > 0)
        {
            parts.Add($"{alias}.source IN {context.Parameters.List(filter.Sources)}");
        }

        if (filter.Kinds.Count > 0)
        {
            parts.Add($"{alias}.kind IN {context.Parameters.List(filter.Kinds)}");
        }

        if (filter.Details.Count > 0)
        {
            parts.Add($"{alias}.detail IN {context.Parameters.List(filter.Details)}");
        }

        if (filter.Codelists.Count > 0)
        {
            var any = filter.Codelists.Select(list => context.CodeIn($"{alias}.code", $"{alias}.code_system", list)).ToList();
            parts.Add(any.Count == 1 ? any[0] : $"({string.Join(" OR ", any)})");
        }

        foreach (var list in filter.ExcludedCodelists)
        {
            parts.Add($"NOT coalesce({context.CodeIn($"{alias}.code", $"{alias}.code_system", list)}, false)");
        }

        parts.AddRange(filter.Conditions.Select(context.Emit));

        return string.Join(" AND ", parts);
    }
}
