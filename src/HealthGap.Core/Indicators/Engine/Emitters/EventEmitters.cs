using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine.Emitters;

/// <summary>
/// QOF latest-code rule: the person's latest register code up to the period end is later than their
/// latest resolved code, or they have no resolved code.
/// </summary>
internal sealed class OnRegisterEmitter : NodeEmitter<OnRegisterCriterion>
{
    protected override string Emit(OnRegisterCriterion node, EmitContext context)
    {
        var at = context.ReferenceDate;
        var diagnosed = $"SELECT e.person_id, max(e.event_date) AS latest FROM event e WHERE e.event_date <= {at} AND {context.CodeIn("e.code", "e.code_system", node.Codelist)} GROUP BY e.person_id";
        if (node.ResolvedBy is null)
        {
            return context.PersonIn(diagnosed);
        }

        var resolved = $"SELECT e.person_id, max(e.event_date) AS latest FROM event e WHERE e.event_date <= {at} AND {context.CodeIn("e.code", "e.code_system", node.ResolvedBy)} GROUP BY e.person_id";
        return context.PersonIn($"SELECT dx.person_id FROM ({diagnosed}) dx LEFT JOIN ({resolved}) rs ON rs.person_id = dx.person_id WHERE rs.latest IS NULL OR dx.latest > rs.latest");
    }
}

/// <summary>At least N matching events in the window.</summary>
internal sealed class HasEventEmitter : NodeEmitter<HasEventCriterion>
{
    protected override string Emit(HasEventCriterion node, EmitContext context)
    {
        var where = EventFilterSql.Where(node.Filter, context);
        return node.MinCount <= 1
            ? context.PersonIn($"SELECT e.person_id FROM event e WHERE {where}")
            : context.PersonIn($"SELECT e.person_id FROM event e WHERE {where} GROUP BY e.person_id HAVING count(*) >= {context.Parameters.Add(node.MinCount)}");
    }
}

/// <summary>The latest recorded value of a code in the window compares to a threshold.</summary>
internal sealed class LatestValueEmitter : NodeEmitter<LatestValueCriterion>
{
    protected override string Emit(LatestValueCriterion node, EmitContext context)
    {
        var (start, end) = context.Window(node.Window);
        var op = node.Comparison switch
        {
            Comparison.Less => "<",
            Comparison.LessOrEqual => "<=",
            Comparison.Greater => ">",
            Comparison.GreaterOrEqual => ">=",
            _ => throw new InvalidOperationException($"unknown comparison {node.Comparison}"),
        };
        var latest = "SELECT e.person_id, arg_max(e.value, e.event_date) AS latest_value FROM event e " +
            $"WHERE e.value IS NOT NULL AND e.event_date BETWEEN {start} AND {end} AND {context.CodeIn("e.code", "e.code_system", node.Codelist)} GROUP BY e.person_id";
        return context.PersonIn($"SELECT person_id FROM ({latest}) WHERE latest_value {op} {context.Parameters.Add(node.Threshold)}");
    }
}
