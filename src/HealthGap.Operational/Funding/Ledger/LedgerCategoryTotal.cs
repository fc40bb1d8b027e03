namespace HealthGap.Operational.Funding.Ledger;

/// <summary>Committed and spent in one category, in pence.</summary>
/// <param name="Category">The category.</param>
/// <param name="CommittedPence">Committed.</param>
/// <param name="SpentPence">Spent.</param>
public sealed record LedgerCategoryTotal(SpendCategory Category, long CommittedPence, long SpentPence);
