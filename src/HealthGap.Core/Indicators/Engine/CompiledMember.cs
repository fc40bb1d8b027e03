using HealthGap.Core.Indicators.Definitions;

namespace HealthGap.Core.Indicators.Engine;

/// <summary>An indicator in a <see cref="CompiledQuery"/> and the breakdowns it is reported by.</summary>
/// <param name="Definition">The indicator.</param>
/// <param name="Breakdowns">Its breakdowns (the definition's unless the caller chose others).</param>
public sealed record CompiledMember(IndicatorDefinition Definition, IReadOnlyList<string> Breakdowns)
{
    /// <summary>
    /// Engine breakdowns counted only for indirect standardisation (group × IMD quintile, see the definition's
    /// <c>adjusted_for_deprivation</c>), at ICB, sub-ICB and place; they never become indicator rows.
    /// </summary>
    public IReadOnlyList<string> AdjustmentBreakdowns { get; init; } = [];
}
