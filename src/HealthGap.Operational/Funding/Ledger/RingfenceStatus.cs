namespace HealthGap.Operational.Funding.Ledger;

/// <summary>A statement of whether the money was ringfenced in a year. The latest statement for a year stands; earlier ones stay visible.</summary>
public sealed class RingfenceStatus
{
    /// <summary>Sequence number (assigned by the store).</summary>
    public long Id { get; init; }

    /// <summary>Financial year, e.g. <c>2024/25</c>.</summary>
    public required string FinancialYear { get; init; }

    /// <summary>Ringfenced, partial or not ringfenced.</summary>
    public required RingfenceState State { get; init; }

    /// <summary>Who decided.</summary>
    public required string DecidedBy { get; init; }

    /// <summary>When it was decided.</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }

    /// <summary>When it was recorded (UTC, set by the store).</summary>
    public DateTime RecordedAtUtc { get; init; }
}
