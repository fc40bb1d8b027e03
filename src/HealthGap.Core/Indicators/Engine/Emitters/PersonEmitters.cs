using HealthGap.Core.Indicators.Definitions;
using HealthGap.Core.Vocabulary;

namespace HealthGap.Core.Indicators.Engine.Emitters;

/// <summary>Registered with a practice and alive at the period end (current registration in <c>person</c>).</summary>
internal sealed class RegisteredEmitter : NodeEmitter<RegisteredCriterion>
{
    protected override string Emit(RegisteredCriterion node, EmitContext context)
    {
        if (context.TimeAtRisk)
        {
            throw new InvalidOperationException("'registered' (at the period end) is not a criterion over person-years, which count only the days each person was registered and alive.");
        }

        var at = context.ReferenceDate;
        return $"(p.registration_start <= {at} AND (p.registration_end IS NULL OR p.registration_end >= {at}) AND (p.date_of_death IS NULL OR p.date_of_death > {at}))";
    }
}

/// <summary>Age in whole years at the period end within the bounds.</summary>
internal sealed class AgeEmitter : NodeEmitter<AgeCriterion>
{
    protected override string Emit(AgeCriterion node, EmitContext context)
    {
        var parts = new List<string>();
        if (node.Min is { } min)
        {
            parts.Add($"{context.Age} >= {context.Parameters.Add(min)}");
        }

        if (node.Max is { } max)
        {
            parts.Add($"{context.Age} <= {context.Parameters.Add(max)}");
        }

        return "(" + string.Join(" AND ", parts) + ")";
    }
}

/// <summary>A PLUS flag column; the name was checked against <see cref="PlusFlag.All"/> on load and is checked again here.</summary>
internal sealed class FlagEmitter : NodeEmitter<FlagCriterion>
{
    protected override string Emit(FlagCriterion node, EmitContext context) =>
        PlusFlag.Find(node.Flag) is not null
            ? $"coalesce(p.{node.Flag}, false)"
            : throw new InvalidOperationException($"'{node.Flag}' is not an allowed PLUS flag column.");
}

/// <summary>Died within the window (<c>person.date_of_death</c>).</summary>
internal sealed class DiedEmitter : NodeEmitter<DiedCriterion>
{
    protected override string Emit(DiedCriterion node, EmitContext context)
    {
        if (context.TimeAtRisk)
        {
            throw new InvalidOperationException("'died' is not a criterion over person-years: count deaths by age at death with 'count: deaths'.");
        }

        var (start, end) = context.Window(node.Window);
        return $"(p.date_of_death BETWEEN {start} AND {end})";
    }
}
