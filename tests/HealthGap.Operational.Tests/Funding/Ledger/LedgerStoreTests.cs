using HealthGap.Operational.Funding.Ledger;
using Microsoft.EntityFrameworkCore;

namespace HealthGap.Operational.Tests.Funding.Ledger;

/// <summary>The ledger's behaviour, run on the embedded store (SQLite) and on PostgreSQL through the same code.</summary>
public sealed class LedgerStoreTests
{
    private const string Year = "2024/25";
    private static readonly DateOnly Day = new(2024, 6, 1);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Add_Entry_IsListedWithIdAndValues(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);

        var added = await store.AddAsync(Commitment("E06000009", SpendCategory.Vcse, 1_250_050));

        var entries = await store.EntriesAsync(Year);
        var entry = Assert.Single(entries);
        Assert.Equal(added.Id, entry.Id);
        Assert.Equal(1_250_050, entry.AmountPence);
        Assert.Equal(SpendCategory.Vcse, entry.Category);
        Assert.Equal(Day, entry.EntryDate);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Add_Entry_EveryFieldReadsBackThroughEfCore(string provider)
    {
        // AddAsync writes without EF Core's update pipeline; EF Core must read back exactly what was given.
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);
        var given = new NewLedgerEntry(LedgerEntryKind.Spend, Year, " E06000009 ", "Blackpool", "Blackpool Council", SpendCategory.AbsorbedIntoBaseline,
            1_000_000_000_000, new DateOnly(2025, 3, 31), "Łódź-style ąę text, 'quoted'", "HI lead", "scenario-abc");
        var before = DateTime.UtcNow.AddSeconds(-1);

        var first = await store.AddAsync(given);
        var second = await store.AddAsync(given with { Category = SpendCategory.Pilot, ScenarioId = null });

        var entries = await store.EntriesAsync(Year);
        Assert.Equal([first.Id, second.Id], entries.Select(e => e.Id));
        Assert.True(second.Id > first.Id);
        var stored = entries[0];
        Assert.Equal(LedgerEntryKind.Spend, stored.Kind);
        Assert.Equal("E06000009", stored.PlaceCode);
        Assert.Equal("Blackpool Council", stored.Organisation);
        Assert.Equal(SpendCategory.AbsorbedIntoBaseline, stored.Category);
        Assert.Equal(1_000_000_000_000, stored.AmountPence);
        Assert.Equal(new DateOnly(2025, 3, 31), stored.EntryDate);
        Assert.Equal("Łódź-style ąę text, 'quoted'", stored.Description);
        Assert.Equal("scenario-abc", stored.ScenarioId);
        Assert.Null(stored.CorrectsEntryId);
        Assert.Null(stored.CorrectionReason);
        Assert.InRange(stored.RecordedAtUtc, before, DateTime.UtcNow.AddSeconds(1));
        Assert.Null(entries[1].ScenarioId);
        Assert.Equal(SpendCategory.Pilot, entries[1].Category);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Report_AllocationsCommitmentsAndSpend_ReconcileToThePenny(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);
        await SeedAsync(store);

        var report = await store.ReportAsync(Year);

        // Hand-computed: allocated £1,000,000; committed to purpose £200k + £300k + £50k = £550k; absorbed £100k.
        Assert.Equal(100_000_000, report.AllocatedPence);
        Assert.Equal(55_000_000, report.CommittedToPurposePence);
        Assert.Equal(10_000_000, report.AbsorbedPence);
        Assert.Equal(0.55, report.ShareUsedForPurpose!.Value, 10);
        Assert.Equal(0.10, report.ShareAbsorbed!.Value, 10);
        Assert.Equal(35_000_000, report.UncommittedPence);
        Assert.Equal(15_000_000, report.SpentPence);
        Assert.Equal(report.AllocatedPence, report.Places.Sum(p => p.AllocatedPence));
        Assert.Equal(report.CommittedPence, report.Places.Sum(p => p.CommittedPence));
        Assert.Equal(50_000_000, report.Places.Single(p => p.PlaceCode == "A").AllocatedPence);
        Assert.Empty(report.Problems);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Correct_Entry_OriginalStaysVisibleAndTotalsUseTheCorrection(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);
        var ids = await SeedAsync(store);

        var correction = await store.CorrectAsync(ids.VcseCommitment, Commitment("B", SpendCategory.Vcse, 25_000_000), "contract value agreed at £250,000, not £300,000");

        var entries = await store.EntriesAsync(Year);
        var original = Assert.Single(entries, e => e.Id == ids.VcseCommitment);
        Assert.Equal(30_000_000, original.AmountPence);
        Assert.Equal(ids.VcseCommitment, entries.Single(e => e.Id == correction.Id).CorrectsEntryId);
        var report = await store.ReportAsync(Year);
        Assert.Equal(50_000_000, report.CommittedToPurposePence);
        Assert.Equal(1, report.CorrectionCount);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Correct_AlreadyCorrectedEntry_IsRefusedNamingTheCorrection(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);
        var first = await store.AddAsync(Commitment("A", SpendCategory.Pilot, 100));
        var correction = await store.CorrectAsync(first.Id, Commitment("A", SpendCategory.Pilot, 90), "typo");

        var ex = await Assert.ThrowsAsync<LedgerException>(() => store.CorrectAsync(first.Id, Commitment("A", SpendCategory.Pilot, 80), "again"));

        Assert.Contains($"already corrected by entry {correction.Id}", ex.Message);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Edit_StoredEntry_IsRefusedByTheStoreAndByTheDatabase(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);
        var entry = await store.AddAsync(Commitment("A", SpendCategory.Pilot, 100));

        await using (var db = test.Database.CreateContext())
        {
            var tracked = await db.Entries.SingleAsync(e => e.Id == entry.Id);
            db.Entries.Remove(tracked);
            var refused = await Assert.ThrowsAsync<LedgerException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", refused.Message);
        }

        await using (var db = test.Database.CreateContext())
        {
            var sql = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE ledger_entries SET amount_pence = 1"));
            Assert.Contains("append-only", sql.Message);
        }

        Assert.Equal(100, Assert.Single(await store.EntriesAsync(Year)).AmountPence);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Ringfence_SeveralStatements_LatestStandsAndAllStayVisible(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);
        await store.SetRingfenceAsync(Ringfence(RingfenceState.Ringfenced, "board agreed the ringfence"));
        await store.SetRingfenceAsync(Ringfence(RingfenceState.Partial, "half moved to the system budget to meet the acute deficit"));
        await store.DecideAsync(new LedgerDecision
        {
            FinancialYear = Year, Summary = "Move £100,000 to the acute deficit", DecidedBy = "ICB finance committee",
            DecidedOn = Day, Rationale = "system financial balance", Evidence = "month 6 finance report",
        });

        var report = await store.ReportAsync(Year);

        Assert.Equal(RingfenceState.Partial, report.Ringfence!.State);
        Assert.Equal(2, (await store.RingfenceHistoryAsync(Year)).Count);
        Assert.Equal("ICB finance committee", Assert.Single(report.Decisions).DecidedBy);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Add_ConcurrentWriters_EveryEntryIsStored(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);

        await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => store.AddAsync(Commitment("P" + i, SpendCategory.Pilot, i)))));

        var entries = await store.EntriesAsync(Year);
        Assert.Equal(8, entries.Count);
        Assert.Equal(36, entries.Sum(e => e.AmountPence));
    }

    private static async Task<(long VcseCommitment, long Absorbed)> SeedAsync(LedgerStore store)
    {
        await store.AddAllAsync(
        [
            Allocation("A", 50_000_000), Allocation("B", 30_000_000), Allocation("C", 20_000_000),
        ]);
        await store.AddAsync(Commitment("A", SpendCategory.Pilot, 20_000_000));
        var absorbed = await store.AddAsync(Commitment("A", SpendCategory.AbsorbedIntoBaseline, 10_000_000));
        var vcse = await store.AddAsync(Commitment("B", SpendCategory.Vcse, 30_000_000));
        await store.AddAsync(Commitment("C", SpendCategory.CapacityBuilding, 5_000_000));
        await store.AddAsync(new NewLedgerEntry(LedgerEntryKind.Spend, Year, "A", "Place A", "Blackpool Council", SpendCategory.Pilot, 15_000_000, Day, "warm hubs outturn", "HI lead"));
        return (vcse.Id, absorbed.Id);
    }

    internal static NewLedgerEntry Commitment(string place, SpendCategory category, long pence) =>
        new(LedgerEntryKind.Commitment, Year, place, "Place " + place, "Org " + place, category, pence, Day, "test commitment", "HI lead");

    private static NewLedgerEntry Allocation(string place, long pence) =>
        new(LedgerEntryKind.Allocation, Year, place, "Place " + place, string.Empty, null, pence, Day, "allocation", "HI lead", "scenario-1");

    private static RingfenceStatus Ringfence(RingfenceState state, string reason) =>
        new() { FinancialYear = Year, State = state, DecidedBy = "ICB board", DecidedOn = Day, Reason = reason };
}
