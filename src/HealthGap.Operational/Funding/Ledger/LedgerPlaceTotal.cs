namespace HealthGap.Operational.Funding.Ledger;

/// <summary>Allocated, committed and spent in one place, in pence.</summary>
/// <param name="PlaceCode">The place's code.</param>
/// <param name="PlaceName">The place's name.</param>
/// <param name="AllocatedPence">Allocated.</param>
/// <param name="CommittedPence">Committed.</param>
/// <param name="SpentPence">Spent.</param>
public sealed record LedgerPlaceTotal(string PlaceCode, string PlaceName, long AllocatedPence, long CommittedPence, long SpentPence);
