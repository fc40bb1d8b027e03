namespace HealthGap.Operational.Funding.Ledger;

/// <summary>What a ledger entry records.</summary>
public enum LedgerEntryKind
{
    /// <summary>Money allocated to a place (e.g. imported from an allocation scenario).</summary>
    Allocation,

    /// <summary>Money committed (agreed, contracted) but not necessarily spent yet.</summary>
    Commitment,

    /// <summary>Money spent (outturn).</summary>
    Spend,
}
