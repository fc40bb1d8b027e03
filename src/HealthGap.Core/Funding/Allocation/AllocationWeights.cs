namespace HealthGap.Core.Funding.Allocation;

/// <summary>What a rule decides: a non-negative weight per unit, and the share of the budget kept back for bids.</summary>
/// <param name="Units">One weight per unit, in the units' order; shares are proportional to them.</param>
/// <param name="BidPotShare">Share of the budget (0–1) held as a bid pot rather than given to units.</param>
/// <param name="Core20Earmarked">True when each area's money is for its Core20 residents only (so comparisons attribute it to them).</param>
public sealed record AllocationWeights(IReadOnlyList<decimal> Units, decimal BidPotShare = 0m, bool Core20Earmarked = false);
