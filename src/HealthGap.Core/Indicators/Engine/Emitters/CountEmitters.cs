using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine.Emitters;

/// <summary>1 for a person meeting the criteria, else 0. Not over time at risk, where a person has a row per year of age.</summary>
internal sealed class PersonCountEmitter : NodeEmitter<PersonCount>
{
    protected override string Emit(PersonCount node, EmitContext context) =>
        context.TimeAtRisk ? throw new InvalidOperationException("people cannot be counted over person-years (a person has a row per year of age): count events, tumours or deaths.")
        : node.Where.Count == 0
            ? "1"
            : $"CASE WHEN {string.Join(" AND ", node.Where.Select(c => $"coalesce({context.Emit(c)}, false)"))} THEN 1 ELSE 0 END";
}

/// <summary>
/// The person's matching events, counted per person once and joined (not a correlated subquery); over time at risk,
/// only events while registered and alive in the period, per year of age at the event.
/// </summary>
internal sealed class EventCountEmitter : NodeEmitter<EventCount>
{
    protected override string Emit(EventCount node, EmitContext context) => context.TimeAtRisk
        ? context.PersonValue(TimeAtRiskSql.ByAgeAt(context, "event e", "e.event_date", EventFilterSql.Where(node.Filter, context), "events"), "events")
        : context.PersonValue($"SELECT e.person_id, count(*) AS events FROM event e WHERE {EventFilterSql.Where(node.Filter, context)} GROUP BY e.person_id", "events");
}

/// <summary>Over time at risk: the person's days registered and alive in the period in this year of age.</summary>
internal sealed class PersonYearsEmitter : NodeEmitter<PersonYearsCount>
{
    protected override string Emit(PersonYearsCount node, EmitContext context) => context.TimeAtRisk
        ? "x.days"
        : throw new InvalidOperationException("person-years are counted only in a time-at-risk query (every member with 'count: person_years').");
}

/// <summary>Over time at risk: 1 in the year of age the person died in, when they died registered within the period.</summary>
internal sealed class DeathCountEmitter : NodeEmitter<DeathCount>
{
    protected override string Emit(DeathCount node, EmitContext context) => context.TimeAtRisk
        ? context.PersonValue(TimeAtRiskSql.ByAgeAt(context, "person d", "d.date_of_death", "true", "deaths"), "deaths")
        : throw new InvalidOperationException("deaths are counted by age at death over person-years only ('denominator: { count: person_years }').");
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

        return context.TimeAtRisk
            ? context.PersonValue(TimeAtRiskSql.ByAgeAt(context, $"cancer {t}", $"{t}.diagnosis_date", string.Join(" AND ", parts), "tumours"), "tumours")
            : context.PersonValue($"SELECT {t}.person_id, count(*) AS tumours FROM cancer {t} WHERE {string.Join(" AND ", parts)} GROUP BY {t}.person_id", "tumours");
    }
}
