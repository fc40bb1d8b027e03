namespace HealthGap.Core.WaitingList;

/// <summary>
/// How long one group has waited: counts and distribution-free quantiles. These are the figures
/// before disclosure control; only <see cref="Publication.WaitingListPublication"/> turns them into output.
/// </summary>
/// <param name="Breakdown">The breakdown's id, e.g. <c>ethnic_group</c>.</param>
/// <param name="Group">The group's label, e.g. <c>Asian</c>.</param>
/// <param name="Pathways">Number of pathways in the group.</param>
/// <param name="Median">Median weeks waited, with limits.</param>
/// <param name="Percentile92">92nd-percentile weeks waited, with limits.</param>
/// <param name="Over18Weeks">Pathways waiting more than 18 weeks (126 days).</param>
/// <param name="Over52Weeks">Pathways waiting more than 52 weeks (364 days).</param>
/// <param name="Over65Weeks">Pathways waiting more than 65 weeks (455 days).</param>
public sealed record WaitSummary(
    string Breakdown,
    string Group,
    int Pathways,
    QuantileEstimate Median,
    QuantileEstimate Percentile92,
    int Over18Weeks,
    int Over52Weeks,
    int Over65Weeks);
