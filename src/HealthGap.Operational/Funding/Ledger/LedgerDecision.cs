namespace HealthGap.Operational.Funding.Ledger;

/// <summary>A decision about the money: who made it, when, why, and the evidence cited. Append-only.</summary>
public sealed class LedgerDecision
{
    /// <summary>Sequence number (assigned by the store).</summary>
    public long Id { get; init; }

    /// <summary>Financial year the decision is about, e.g. <c>2024/25</c>.</summary>
    public required string FinancialYear { get; init; }

    /// <summary>What was decided.</summary>
    public required string Summary { get; init; }

    /// <summary>Who decided (a person's role or a board/committee).</summary>
    public required string DecidedBy { get; init; }

    /// <summary>When it was decided.</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>Why.</summary>
    public required string Rationale { get; init; }

    /// <summary>The evidence cited (papers, data, evaluations), or empty when none was.</summary>
    public required string Evidence { get; init; }

    /// <summary>The ledger entry the decision concerns, or null.</summary>
    public long? EntryId { get; init; }

    /// <summary>When it was recorded (UTC, set by the store).</summary>
    public DateTime RecordedAtUtc { get; init; }
}
