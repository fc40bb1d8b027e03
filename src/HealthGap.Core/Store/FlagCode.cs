namespace HealthGap.Core.Store;

/// <summary>One code that sets (or clears) a PLUS flag when <see cref="StoreMerge.RebuildPeople"/> rebuilds a person.</summary>
/// <param name="Flag">The <c>person</c> flag column, e.g. <c>learning_disability</c>.</param>
/// <param name="Include">True when the code sets the flag; false when a later one clears it (e.g. resolved).</param>
/// <param name="CodeSystem">The event's code system, e.g. <c>snomed</c>, or <c>local</c> for council codes.</param>
/// <param name="Code">The code.</param>
/// <param name="CurrentOnly">Only events still current on the merge's day count (no end date, or one not yet passed).</param>
internal sealed record FlagCode(string Flag, bool Include, string CodeSystem, string Code, bool CurrentOnly);
