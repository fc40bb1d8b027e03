namespace HealthGap.Core.Indicators.Definitions;

/// <summary>Which rows of the <c>event</c> table count.</summary>
/// <param name="Codelist">Code list name (with optional <c>/category</c>), or null for any code.</param>
/// <param name="Sources">Allowed <c>event.source</c> values, or empty for any.</param>
/// <param name="Kinds">Allowed <c>event.kind</c> values, or empty for any.</param>
/// <param name="Details">Allowed <c>event.detail</c> values (admission method, department type…), or empty for any.</param>
/// <param name="Window">Dates the event must fall in.</param>
public sealed record EventFilter(
    string? Codelist,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Details,
    Window Window);
