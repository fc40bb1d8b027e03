using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine.Emitters;

/// <summary>
/// The counted spell has (EXISTS) or has not (NOT EXISTS) a procedure row in the list. A spell's procedure
/// is its own <c>event</c> row (kind procedure, OPCS-4) with the admission's person, admission date and
/// discharge date; it is matched on those, never on record_key (whose format is not a contract).
/// </summary>
internal sealed class SpellProcedureEmitter : NodeEmitter<SpellProcedure>
{
    protected override string Emit(SpellProcedure node, EmitContext context)
    {
        const string e = EventFilterSql.Alias;
        var procedure = $"EXISTS (SELECT 1 FROM event pr WHERE pr.person_id = {e}.person_id AND pr.event_date = {e}.event_date " +
            $"AND pr.end_date IS NOT DISTINCT FROM {e}.end_date AND pr.source = {context.Parameters.Add("apc")} AND pr.kind = {context.Parameters.Add("procedure")} " +
            $"AND {context.CodeIn("pr.code", "pr.code_system", node.Codelist)})";
        var condition = node.Present ? procedure : $"NOT {procedure}";
        if (node.WhenDiagnosis.Count == 0)
        {
            return condition;
        }

        // Spells with another primary diagnosis are not concerned by the condition and pass.
        var concerned = string.Join(" OR ", node.WhenDiagnosis.Select(list => context.CodeIn($"{e}.code", $"{e}.code_system", list)));
        return $"(NOT coalesce({concerned}, false) OR {condition})";
    }
}
