using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine.Emitters;

/// <summary>1 for a person meeting the criteria, else 0.</summary>
internal sealed class PersonCountEmitter : NodeEmitter<PersonCount>
{
    protected override string Emit(PersonCount node, EmitContext context) =>
        node.Where.Count == 0
            ? "1"
            : $"CASE WHEN {string.Join(" AND ", node.Where.Select(c => $"coalesce({context.Emit(c)}, false)"))} THEN 1 ELSE 0 END";
}

/// <summary>The person's matching events, counted per person once and joined (not a correlated subquery).</summary>
internal sealed class EventCountEmitter : NodeEmitter<EventCount>
{
    protected override string Emit(EventCount node, EmitContext context) =>
        context.PersonValue($"SELECT e.person_id, count(*) AS events FROM event e WHERE {EventFilterSql.Where(node.Filter, context)} GROUP BY e.person_id", "events");
}

/// <summary>The person's tumours diagnosed in the window with the given sites, stages and route.</summary>
internal sealed class TumourCountEmitter : NodeEmitter<TumourCount>
{
    protected override string Emit(TumourCount node, EmitContext context)
    {
        const string t = "t";
        var (start, end) = context.Window(node.Window);
        var parts = new List<string> { $"{t}.diagnosis_date BETWEEN {start} AND {end}" };
        if (node.Codelist is { } list)
        {
            parts.Add(context.CodeIn($"{t}.icd10_site", context.Parameters.Add("icd10"), list));
        }

        if (node.Stages.Count > 0)
        {
            parts.Add($"CAST({t}.stage AS VARCHAR) IN {context.Parameters.List(node.Stages)}");
        }

        if (node.Routes.Count > 0)
        {
            parts.Add($"{t}.route_to_diagnosis IN {context.Parameters.List(node.Routes)}");
        }

        if (node.EmergencyViaAe)
        {
            parts.Add($"CAST({t}.emergency_via_ae AS VARCHAR) IN {context.Parameters.List(["Y", "true"])}");
        }

        return context.PersonValue($"SELECT {t}.person_id, count(*) AS tumours FROM cancer {t} WHERE {string.Join(" AND ", parts)} GROUP BY {t}.person_id", "tumours");
    }
}
