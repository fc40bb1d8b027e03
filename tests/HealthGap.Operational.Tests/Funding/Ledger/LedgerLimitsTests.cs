using HealthGap.Operational.Funding.Ledger;
using Microsoft.EntityFrameworkCore;

namespace HealthGap.Operational.Tests.Funding.Ledger;

/// <summary>
/// Amounts, dates and text stay within the ledger's limits (LedgerLimits) whichever way they arrive, and a row
/// that got in before the limits (or around them) is named in the report instead of breaking it.
/// </summary>
public sealed class LedgerLimitsTests
{
    private const string Year = "2024/25";
    private const long TenBillionPounds = 1_000_000_000_000;
    private static readonly LedgerStore Unopened = new(LedgerDatabase.Sqlite(Path.Combine(Path.GetTempPath(), "healthgap-never-opened.db")));

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MaxValue / 2)]
    [InlineData(TenBillionPounds + 1)]
    public async Task Add_AmountAboveTenBillionPounds_IsRefusedNamingTheLimit(long pence)
    {
        var ex = await Assert.ThrowsAsync<LedgerException>(() => Unopened.AddAsync(LedgerStoreTests.Commitment("A", SpendCategory.Pilot, pence)));

        Assert.Contains("£10,000,000,000", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 1)]
    [InlineData(9999, 12, 31)]
    public async Task Add_DateOutsideTheFinancialYear_IsRefusedSayingWhenTheYearRuns(int year, int month, int day)
    {
        var entry = LedgerStoreTests.Commitment("A", SpendCategory.Pilot, 100) with { EntryDate = new DateOnly(year, month, day) };

        var ex = await Assert.ThrowsAsync<LedgerException>(() => Unopened.AddAsync(entry));

        Assert.Contains("2024-04-01 to 2025-03-31", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("description", 2_001)]
    [InlineData("description", 25_000_000)]
    [InlineData("place name", 201)]
    [InlineData("organisation", 5_000)]
    [InlineData("recorded by", 201)]
    [InlineData("place", 41)]
    public async Task Add_TextLongerThanItsColumn_IsRefusedNamingTheField(string field, int length)
    {
        var text = new string('x', length);
        var entry = LedgerStoreTests.Commitment("A", SpendCategory.Pilot, 100);
        entry = field switch
        {
            "description" => entry with { Description = text },
            "place name" => entry with { PlaceName = text },
            "organisation" => entry with { Organisation = text },
            "recorded by" => entry with { RecordedBy = text },
            _ => entry with { PlaceCode = text },
        };

        var ex = await Assert.ThrowsAsync<LedgerException>(() => Unopened.AddAsync(entry));

        Assert.Contains($"'{field}' is {length:N0} characters long", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_LongRationale_IsRefused()
    {
        var decision = new LedgerDecision
        {
            FinancialYear = Year, Summary = "s", DecidedBy = "board", DecidedOn = new DateOnly(2024, 4, 1), Rationale = new string('r', 4_001), Evidence = "",
        };

        var ex = await Assert.ThrowsAsync<LedgerException>(() => Unopened.DecideAsync(decision));

        Assert.Contains("'rationale'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Add_AtTheLimitOnTheYearsLastDay_IsKeptAndTotalled(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);
        var last = LedgerStoreTests.Commitment("A", SpendCategory.Pilot, TenBillionPounds) with { EntryDate = new DateOnly(2025, 3, 31) };

        await store.AddAsync(last);
        await store.AddAsync(last with { EntryDate = new DateOnly(2024, 4, 1) });

        var report = await store.ReportAsync(Year);
        Assert.Equal(2 * TenBillionPounds, report.CommittedPence);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task SaveChanges_RowAroundTheStore_IsRefusedByTheModel(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await LedgerStore.OpenAsync(test.Database);
        await using var db = test.Database.CreateContext();
        db.Entries.Add(new LedgerEntry
        {
            Kind = LedgerEntryKind.Spend, FinancialYear = Year, PlaceCode = "A", PlaceName = "A", Organisation = "O", Category = SpendCategory.Pilot,
            AmountPence = 5, EntryDate = new DateOnly(2024, 6, 1), Description = new string('d', 100_000), RecordedBy = "HI lead",
        });

        var ex = await Assert.ThrowsAsync<LedgerException>(() => db.SaveChangesAsync());

        Assert.Contains("'description'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Report_StoredRowsNearLongMaxValue_AreNamedAndLeftOutNotOverflowing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);
        await store.AddAsync(LedgerStoreTests.Commitment("A", SpendCategory.Pilot, 500));
        var first = await InsertAroundTheStoreAsync(test.Database, long.MaxValue - 1);
        var second = await InsertAroundTheStoreAsync(test.Database, long.MaxValue / 2);

        var report = await store.ReportAsync(Year);

        Assert.Equal(500, report.CommittedPence);
        Assert.Contains(report.Problems, p => p.StartsWith($"entry {first} ", StringComparison.Ordinal) && p.Contains("left out of every total", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.StartsWith($"entry {second} ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [PostgresData]
    public async Task Correct_StoredRowAboveTheLimit_TakesItOutOfTheProblems(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = await LedgerStore.OpenAsync(test.Database);
        await store.AddAsync(new NewLedgerEntry(LedgerEntryKind.Allocation, Year, "A", "Place A", string.Empty, null, 1_000, new DateOnly(2024, 4, 1), "allocation", "HI lead"));
        var bad = await InsertAroundTheStoreAsync(test.Database, long.MaxValue);

        await store.CorrectAsync(bad, LedgerStoreTests.Commitment("A", SpendCategory.Pilot, 700), "typed pence as pounds");

        var report = await store.ReportAsync(Year);
        Assert.Equal(700, report.CommittedPence);
        Assert.Empty(report.Problems);
    }

    /// <summary>Writes a commitment with plain SQL, as a row stored before the limits existed would be.</summary>
    private static async Task<long> InsertAroundTheStoreAsync(LedgerDatabase database, long pence)
    {
        await using var db = database.CreateContext();
        var date = new DateOnly(2024, 6, 1);
        var at = DateTime.UtcNow;
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO ledger_entries (kind, financial_year, place_code, place_name, organisation, category, amount_pence, entry_date, description, recorded_by, recorded_at_utc) VALUES ('Commitment', {Year}, 'A', 'Place A', 'Org A', 'Pilot', {pence}, {date}, 'legacy', 'old tool', {at})");
        return await db.Entries.MaxAsync(e => e.Id);
    }
}
