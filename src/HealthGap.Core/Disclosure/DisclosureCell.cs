namespace HealthGap.Core.Disclosure;

/// <summary>
/// One figure to publish, before disclosure control: the true counts and the value computed from them.
/// </summary>
/// <param name="Id">Identifier unique within its table; margins refer to cells by it.</param>
/// <param name="Numerator">The count (events, people) the value is built on.</param>
/// <param name="Denominator">The population count, or null when the figure is a count only.</param>
/// <param name="Value">The rate, proportion or other value, or null when there is none.</param>
/// <param name="LowerLimit">Lower confidence limit of <paramref name="Value"/>, if any.</param>
/// <param name="UpperLimit">Upper confidence limit of <paramref name="Value"/>, if any.</param>
public sealed record DisclosureCell(
    string Id,
    long Numerator,
    long? Denominator = null,
    double? Value = null,
    double? LowerLimit = null,
    double? UpperLimit = null);
