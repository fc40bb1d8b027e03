namespace HealthGap.Operational.Funding.Ledger;

/// <summary>
/// A year of the ledger in the shape of the NHS Confederation's review: how much was allocated, what
/// it was committed to and spent on by category and by place, the share used for its purpose and
/// the share absorbed into the baseline or other pressures, whether the ringfence held, and any
/// figure that does not reconcile. Corrected entries count only through their latest correction.
/// </summary>
public sealed record LedgerReport
{
    /// <summary>The financial year.</summary>
    public required string FinancialYear { get; init; }

    /// <summary>The latest ringfence statement for the year, or null when none was recorded.</summary>
    public required RingfenceStatus? Ringfence { get; init; }

    /// <summary>Total allocated, in pence.</summary>
    public required long AllocatedPence { get; init; }

    /// <summary>Committed and spent by category.</summary>
    public required IReadOnlyList<LedgerCategoryTotal> Categories { get; init; }

    /// <summary>Allocated, committed and spent by place.</summary>
    public required IReadOnlyList<LedgerPlaceTotal> Places { get; init; }

    /// <summary>Total committed, in pence.</summary>
    public long CommittedPence => Categories.Sum(c => c.CommittedPence);

    /// <summary>Total spent, in pence.</summary>
    public long SpentPence => Categories.Sum(c => c.SpentPence);

    /// <summary>Committed to the money's purpose (pilots, capacity, devolved to place, VCSE), in pence.</summary>
    public long CommittedToPurposePence => Categories.Where(c => LedgerCategories.IsPurpose(c.Category)).Sum(c => c.CommittedPence);

    /// <summary>Committed to the baseline or other pressures, in pence.</summary>
    public long AbsorbedPence => Categories.Where(c => !LedgerCategories.IsPurpose(c.Category)).Sum(c => c.CommittedPence);

    /// <summary>Share of the allocation committed to its purpose (null when nothing was allocated).</summary>
    public double? ShareUsedForPurpose => AllocatedPence == 0 ? null : (double)CommittedToPurposePence / AllocatedPence;

    /// <summary>Share of the allocation absorbed into the baseline or other pressures (null when nothing was allocated).</summary>
    public double? ShareAbsorbed => AllocatedPence == 0 ? null : (double)AbsorbedPence / AllocatedPence;

    /// <summary>Allocated but not yet committed, in pence (negative when over-committed).</summary>
    public long UncommittedPence => AllocatedPence - CommittedPence;

    /// <summary>Entries in the year (every version, corrections included).</summary>
    public required int EntryCount { get; init; }

    /// <summary>Corrections among them.</summary>
    public required int CorrectionCount { get; init; }

    /// <summary>Decisions recorded for the year.</summary>
    public required IReadOnlyList<LedgerDecision> Decisions { get; init; }

    /// <summary>Figures that do not reconcile (e.g. a place committing more than it was allocated); empty when all do.</summary>
    public required IReadOnlyList<string> Problems { get; init; }
}
