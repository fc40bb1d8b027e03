using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine.Emitters;

/// <summary>All inner criteria hold.</summary>
internal sealed class AllOfEmitter : NodeEmitter<AllOfCriterion>
{
    protected override string Emit(AllOfCriterion node, EmitContext context) =>
        "(" + string.Join(" AND ", node.Criteria.Select(context.Emit)) + ")";
}

/// <summary>At least one inner criterion holds.</summary>
internal sealed class AnyOfEmitter : NodeEmitter<AnyOfCriterion>
{
    protected override string Emit(AnyOfCriterion node, EmitContext context) =>
        "(" + string.Join(" OR ", node.Criteria.Select(c => $"coalesce({context.Emit(c)}, false)")) + ")";
}

/// <summary>The inner criterion does not hold; an unknown (NULL) inner result counts as not holding.</summary>
internal sealed class NotEmitter : NodeEmitter<NotCriterion>
{
    protected override string Emit(NotCriterion node, EmitContext context) =>
        $"(NOT coalesce({context.Emit(node.Inner)}, false))";
}
