namespace HealthGap.Operational.Funding.Ledger;

/// <summary>What a user enters for a ledger line (or for the corrected values of one).</summary>
/// <param name="Kind">Allocation, commitment or spend.</param>
/// <param name="FinancialYear">Financial year, <c>YYYY/YY</c> (e.g. <c>2024/25</c>).</param>
/// <param name="PlaceCode">The place's code.</param>
/// <param name="PlaceName">The place's name.</param>
/// <param name="Organisation">The organisation (may be empty for an allocation).</param>
/// <param name="Category">What the money was used for (required for commitments and spend).</param>
/// <param name="AmountPence">Amount in pence, 0 or more.</param>
/// <param name="EntryDate">When.</param>
/// <param name="Description">What for.</param>
/// <param name="RecordedBy">Who records it.</param>
/// <param name="ScenarioId">The allocation scenario it came from, if any.</param>
public sealed record NewLedgerEntry(
    LedgerEntryKind Kind,
    string FinancialYear,
    string PlaceCode,
    string PlaceName,
    string Organisation,
    SpendCategory? Category,
    long AmountPence,
    DateOnly EntryDate,
    string Description,
    string RecordedBy,
    string? ScenarioId = null);
