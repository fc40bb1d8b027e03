using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Web.Api;

/// <summary>The words the ledger API uses for kinds and ringfence states (the CLI's words).</summary>
internal static class LedgerApiNames
{
    public static string Kind(LedgerEntryKind kind) => kind.ToString().ToLowerInvariant();

    public static LedgerEntryKind ParseKind(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "allocation" => LedgerEntryKind.Allocation,
        "commitment" => LedgerEntryKind.Commitment,
        "spend" => LedgerEntryKind.Spend,
        _ => throw new LedgerException($"kind '{text}' is not known; use allocation, commitment or spend."),
    };

    public static string Ringfence(RingfenceState state) => state switch
    {
        RingfenceState.Ringfenced => "ringfenced",
        RingfenceState.Partial => "partial",
        _ => "not-ringfenced",
    };
}
