namespace HealthGap.Core.Statistics;

/// <summary>PARs for many areas, in input order, with warnings.</summary>
/// <param name="Results">One entry per input group; null where the group was dropped (a quantile missing).</param>
/// <param name="Warnings">Warning texts that apply (empty when none).</param>
public sealed record ParBatchResult(IReadOnlyList<ParResult?> Results, IReadOnlyList<string> Warnings);
