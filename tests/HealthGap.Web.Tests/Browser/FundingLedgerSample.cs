using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Web.Tests.Browser;

/// <summary>A small funding ledger in a temp file for the browser tests: allocations, commitments, spend, a correction, a decision and a ringfence statement.</summary>
internal static class FundingLedgerSample
{
    public static async Task<string> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"healthgap-browser-ledger-{Guid.NewGuid():N}.db");
        var store = await LedgerStore.OpenAsync(LedgerDatabase.Sqlite(path));
        const string year = "2024/25";
        var day = new DateOnly(2024, 6, 30);
        NewLedgerEntry Entry(LedgerEntryKind kind, string code, string name, string org, SpendCategory? category, long pounds, string what) =>
            new(kind, year, code, name, org, category, pounds * 100, day, what, "HI lead");
        await store.AddAllAsync(
        [
            Entry(LedgerEntryKind.Allocation, "E06000009", "Blackpool", string.Empty, null, 327_287, "core20-split allocation"),
            Entry(LedgerEntryKind.Allocation, "E06000008", "Blackburn with Darwen", string.Empty, null, 347_132, "core20-split allocation"),
        ]);
        var hubs = await store.AddAsync(Entry(LedgerEntryKind.Commitment, "E06000009", "Blackpool", "Blackpool Council", SpendCategory.DevolvedToPlace, 300_000, "Warm hubs"));
        await store.AddAsync(Entry(LedgerEntryKind.Commitment, "E06000008", "Blackburn with Darwen", "Community CIC", SpendCategory.Vcse, 120_000, "Link workers"));
        await store.AddAsync(Entry(LedgerEntryKind.Commitment, "ICB", "System", "ICB", SpendCategory.AbsorbedIntoBaseline, 150_000, "Acute deficit"));
        await store.AddAsync(Entry(LedgerEntryKind.Spend, "E06000009", "Blackpool", "Blackpool Council", SpendCategory.DevolvedToPlace, 210_000, "Warm hubs outturn"));
        await store.CorrectAsync(hubs.Id, Entry(LedgerEntryKind.Commitment, "E06000009", "Blackpool", "Blackpool Council", SpendCategory.DevolvedToPlace, 280_000, "Warm hubs"), "agreed at £280k");
        await store.DecideAsync(new LedgerDecision { FinancialYear = year, Summary = "80/20 Core20 split", DecidedBy = "ICB board", DecidedOn = new DateOnly(2024, 4, 30), Rationale = "Core20PLUS5", Evidence = "Board paper 24/041" });
        await store.SetRingfenceAsync(new RingfenceStatus { FinancialYear = year, State = RingfenceState.Partial, DecidedBy = "Finance committee", DecidedOn = day, Reason = "£150k to the acute deficit" });
        return path;
    }
}
