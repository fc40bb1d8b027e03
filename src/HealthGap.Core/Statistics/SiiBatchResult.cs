namespace HealthGap.Core.Statistics;

/// <summary>SIIs for many areas, in input order, with the package's warnings.</summary>
/// <param name="Results">One entry per input group; null where the group was dropped (a quantile missing).</param>
/// <param name="Warnings">Warning texts that apply (empty when none).</param>
public sealed record SiiBatchResult(IReadOnlyList<SiiResult?> Results, IReadOnlyList<string> Warnings);
