namespace HealthGap.Core.Indicators.Definitions;

/// <summary>Which rows of the <c>event</c> table count.</summary>
/// <param name="Codelists">Code lists (each with optional <c>/category</c>) the code must be in, any of them; empty for any code.</param>
/// <param name="Sources">Allowed <c>event.source</c> values, or empty for any.</param>
/// <param name="Kinds">Allowed <c>event.kind</c> values, or empty for any.</param>
/// <param name="Details">Allowed <c>event.detail</c> values (admission method, department type…), or empty for any.</param>
/// <param name="Window">Dates the event must fall in.</param>
internal sealed record EventFilter(
    IReadOnlyList<string> Codelists,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Details,
    Window Window)
{
    /// <summary>Code lists the code must not be in (<c>exclude_codelist</c>), e.g. one category of a list given in <see cref="Codelists"/>.</summary>
    public IReadOnlyList<string> ExcludedCodelists { get; init; } = [];

    /// <summary>Further conditions on each row, e.g. a procedure in the same hospital spell (<c>procedure</c>, <c>no_procedure</c>).</summary>
    public IReadOnlyList<EventCondition> Conditions { get; init; } = [];
}
