namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// One line of the funding ledger: an allocation to, commitment by or spend of a place and
/// organisation, in pence. Entries are never changed or deleted; a correction is a new entry whose
/// <see cref="CorrectsEntryId"/> names the entry it replaces, which stays visible.
/// </summary>
public sealed class LedgerEntry
{
    /// <summary>Ledger sequence number (assigned by the store).</summary>
    public long Id { get; internal set; }

    /// <summary>Allocation, commitment or spend.</summary>
    public required LedgerEntryKind Kind { get; init; }

    /// <summary>Financial year, e.g. <c>2024/25</c>.</summary>
    public required string FinancialYear { get; init; }

    /// <summary>The place's code (a LAD or sub-ICB code, a neighbourhood code, <c>ICB</c> for system-wide, <c>BID-POT</c>).</summary>
    public required string PlaceCode { get; init; }

    /// <summary>The place's name.</summary>
    public required string PlaceName { get; init; }

    /// <summary>Organisation receiving or spending the money (empty for an allocation to a place).</summary>
    public required string Organisation { get; init; }

    /// <summary>What the money was used for (none for an allocation).</summary>
    public SpendCategory? Category { get; init; }

    /// <summary>Amount in pence (0 or more).</summary>
    public required long AmountPence { get; init; }

    /// <summary>When the money was allocated, committed or spent.</summary>
    public required DateOnly EntryDate { get; init; }

    /// <summary>What the entry is for.</summary>
    public required string Description { get; init; }

    /// <summary>Who recorded it (a role or name; never a patient).</summary>
    public required string RecordedBy { get; init; }

    /// <summary>When it was recorded (UTC, set by the store).</summary>
    public DateTime RecordedAtUtc { get; init; }

    /// <summary>The entry this one corrects, or null.</summary>
    public long? CorrectsEntryId { get; init; }

    /// <summary>Why the correction was made (required on a correction).</summary>
    public string? CorrectionReason { get; init; }

    /// <summary>The allocation scenario an allocation entry came from, or null.</summary>
    public string? ScenarioId { get; init; }
}
