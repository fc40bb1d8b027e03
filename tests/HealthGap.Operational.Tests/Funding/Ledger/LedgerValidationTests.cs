using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Operational.Tests.Funding.Ledger;

/// <summary>Bad ledger input is refused with a message that says what to do (checked before any database work).</summary>
public sealed class LedgerValidationTests
{
    private static readonly LedgerStore Store = new(LedgerDatabase.Sqlite(Path.Combine(Path.GetTempPath(), "healthgap-never-opened.db")));

    [Fact]
    public async Task Add_NegativeAmount_IsRefused()
    {
        var ex = await Assert.ThrowsAsync<LedgerException>(() => Store.AddAsync(LedgerStoreTests.Commitment("A", SpendCategory.Pilot, -500)));
        Assert.Contains("negative", ex.Message);
    }

    [Fact]
    public async Task Add_CommitmentWithoutCategory_IsRefusedListingCategories()
    {
        var entry = LedgerStoreTests.Commitment("A", SpendCategory.Pilot, 5) with { Category = null };
        var ex = await Assert.ThrowsAsync<LedgerException>(() => Store.AddAsync(entry));
        Assert.Contains("absorbed_into_baseline", ex.Message);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024/26")]
    [InlineData("24/25")]
    public async Task Add_BadFinancialYear_IsRefusedWithExample(string year)
    {
        var entry = LedgerStoreTests.Commitment("A", SpendCategory.Pilot, 5) with { FinancialYear = year };
        var ex = await Assert.ThrowsAsync<LedgerException>(() => Store.AddAsync(entry));
        Assert.Contains("e.g. 2024/25", ex.Message);
    }

    [Fact]
    public void ParseCategory_Unknown_NamesTheChoices()
    {
        var ex = Assert.Throws<LedgerException>(() => LedgerCategories.Parse("deficit"));
        Assert.Contains("other_pressures", ex.Message);
        Assert.Equal(SpendCategory.CapacityBuilding, LedgerCategories.Parse("Capacity-Building"));
    }
}
