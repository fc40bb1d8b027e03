using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Web.Api;

/// <summary>A ledger line to add: the same fields and rules as <c>healthgap funding ledger add</c>.</summary>
/// <param name="Kind"><c>allocation</c>, <c>commitment</c> or <c>spend</c>.</param>
/// <param name="FinancialYear">e.g. <c>2024/25</c>.</param>
/// <param name="PlaceCode">The place's code (<c>ICB</c> for system-wide).</param>
/// <param name="PlaceName">The place's name.</param>
/// <param name="Organisation">Who receives or spends it.</param>
/// <param name="Category"><c>pilot</c>, <c>capacity_building</c>, <c>devolved_to_place</c>, <c>vcse</c>, <c>absorbed_into_baseline</c> or <c>other_pressures</c>; none for an allocation.</param>
/// <param name="AmountPence">Whole pence, 0 or more (£1,000 is 100000).</param>
/// <param name="EntryDate">When it was allocated, committed or spent (yyyy-mm-dd).</param>
/// <param name="Description">What for.</param>
/// <param name="RecordedBy">Who records it (a role or name).</param>
/// <param name="ScenarioId">The allocation scenario it came from, if any.</param>
internal sealed record LedgerEntryRequest(
    string Kind, string FinancialYear, string PlaceCode, string PlaceName, string? Organisation, string? Category,
    long AmountPence, DateOnly EntryDate, string? Description, string RecordedBy, string? ScenarioId = null);

/// <summary>A stored ledger line, with the entry that corrected it (if any).</summary>
internal sealed record LedgerEntryDto(
    long Id, string Kind, string FinancialYear, string PlaceCode, string PlaceName, string Organisation, string? Category,
    long AmountPence, DateOnly EntryDate, string Description, string RecordedBy, DateTime RecordedAtUtc,
    long? CorrectsEntryId, string? CorrectionReason, long? CorrectedByEntryId, string? ScenarioId)
{
    public static LedgerEntryDto From(LedgerEntry e, long? correctedBy) => new(
        e.Id, LedgerApiNames.Kind(e.Kind), e.FinancialYear, e.PlaceCode, e.PlaceName, e.Organisation,
        e.Category is { } c ? LedgerCategories.Name(c) : null, e.AmountPence, e.EntryDate, e.Description, e.RecordedBy,
        e.RecordedAtUtc, e.CorrectsEntryId, e.CorrectionReason, correctedBy, e.ScenarioId);
}

/// <summary>The latest ringfence statement of a year.</summary>
internal sealed record RingfenceDto(string State, string DecidedBy, DateOnly DecidedOn, string Reason);

/// <summary>Committed and spent in one category, in pence.</summary>
internal sealed record LedgerCategoryDto(string Category, bool Purpose, long CommittedPence, long SpentPence);

/// <summary>A decision about the money.</summary>
internal sealed record LedgerDecisionDto(long Id, string Summary, string DecidedBy, DateOnly DecidedOn, string Rationale, string Evidence, long? EntryId);

/// <summary>A year of the ledger (see <see cref="LedgerReport"/>); money in pence, shares as fractions.</summary>
internal sealed record LedgerReportDto(
    string FinancialYear, long AllocatedPence, long CommittedPence, long SpentPence, long UncommittedPence,
    long CommittedToPurposePence, long AbsorbedPence, double? ShareUsedForPurpose, double? ShareAbsorbed,
    RingfenceDto? Ringfence, IReadOnlyList<LedgerCategoryDto> Categories, IReadOnlyList<LedgerPlaceTotal> Places,
    int EntryCount, int CorrectionCount, IReadOnlyList<LedgerDecisionDto> Decisions, IReadOnlyList<string> Problems)
{
    public static LedgerReportDto From(LedgerReport r) => new(
        r.FinancialYear, r.AllocatedPence, r.CommittedPence, r.SpentPence, r.UncommittedPence, r.CommittedToPurposePence,
        r.AbsorbedPence, r.ShareUsedForPurpose, r.ShareAbsorbed,
        r.Ringfence is { } f ? new RingfenceDto(LedgerApiNames.Ringfence(f.State), f.DecidedBy, f.DecidedOn, f.Reason) : null,
        r.Categories.Select(c => new LedgerCategoryDto(LedgerCategories.Name(c.Category), LedgerCategories.IsPurpose(c.Category), c.CommittedPence, c.SpentPence)).ToArray(),
        r.Places, r.EntryCount, r.CorrectionCount,
        r.Decisions.Select(d => new LedgerDecisionDto(d.Id, d.Summary, d.DecidedBy, d.DecidedOn, d.Rationale, d.Evidence, d.EntryId)).ToArray(),
        r.Problems);
}
