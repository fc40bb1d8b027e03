using HealthGap.Operational.Funding.Ledger;

namespace HealthGap.Web.Tests.Pages;

/// <summary>The funding scenario page and the public transparency page, rendered on the server.</summary>
public sealed class FundingPageTests(HealthGapWebFactory factory) : IClassFixture<HealthGapWebFactory>, IDisposable
{
    private readonly string _ledger = Path.Combine(Path.GetTempPath(), $"healthgap-web-ledger-page-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Scenario_DefaultForm_ShowsTheChosenRuleTheFiveRulesAndTheChart()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/funding?icb=QE1&budget=2500000&level=place&rule=core20-split");

        Assert.Contains("<h1>Funding scenarios</h1>", html, StringComparison.Ordinal);
        Assert.Contains("80% Core20 / 20% bids: £2,500,000 a year across NHS Lancashire and South Cumbria", html, StringComparison.Ordinal);
        Assert.Contains("Bid pot", html, StringComparison.Ordinal);
        foreach (var rule in new[] { "Population share", "Population × IMD score", "Population, Core20 weighted", "Equal shares" })
        {
            Assert.Contains(rule, html, StringComparison.Ordinal);
        }

        // Drawn at its own size, in a labelled region that scrolls on a phone.
        Assert.Contains("<div class=\"hg-chart-scroll\" role=\"region\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"hg-chart hg-chart--natural\"", html, StringComparison.Ordinal);
        Assert.Contains("Blackpool", html, StringComparison.Ordinal);
        Assert.Contains("handler=csv", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenario_PlaceOnlyPartlyInTheIcb_SaysWhyEqualSharesGivesItSoMuchAHead()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/funding?icb=QE1&budget=2500000&level=place&rule=equal");
        var note = html[html.IndexOf("Some places are only partly inside this ICB", StringComparison.Ordinal)..];

        // Craven (North Yorkshire) has two LSOAs in Lancashire and South Cumbria; the rest is in West Yorkshire ICB.
        Assert.Matches("Craven: [0-9,]+ of its [0-9,]+ residents live in this ICB; equal shares gives it £[0-9,.]+ a head", note);
        Assert.DoesNotContain("Blackpool:", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenario_Csv_EveryRuleAddsUpToTheBudget()
    {
        using var client = factory.CreateClient();

        var csv = (await client.GetStringAsync("/funding?handler=csv&icb=QE1&budget=2500001&level=sub-icb")).Trim().Split('\n');

        Assert.Equal("code,name,population,core20_population,pounds_population,pounds_need_imd,pounds_need_core20,pounds_equal,pounds_core20_split", csv[0]);
        var rows = csv.Skip(1).Select(line => line.Split(',')).ToArray();
        for (var rule = 0; rule < 5; rule++)
        {
            Assert.Equal(2_500_001, rows.Sum(r => long.Parse(r[^(5 - rule)], System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Theory]
    [InlineData("/funding?budget=lots", "whole pounds")]
    [InlineData("/funding?icb=XYZ", "&#x27;XYZ&#x27; is not an ICB code")]
    [InlineData("/funding?rule=lottery", "is not one of the rules")]
    public async Task Scenario_BadInput_ShowsAnErrorSummary(string path, string message)
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(path);

        Assert.Contains("nhsuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenario_Polish_IsTranslated()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/funding?lang=pl&icb=QE1");

        Assert.Contains("Scenariusze finansowania", html, StringComparison.Ordinal);
        Assert.Contains("Pięć zasad obok siebie", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledger_Empty_ExplainsHowToStartOne()
    {
        using var client = factory.WithWebHostBuilder(b => b.UseSetting(WebOptions.LedgerKey, _ledger)).CreateClient();

        var html = await client.GetStringAsync("/funding/ledger");

        Assert.Contains("No funding ledger has been recorded yet", html, StringComparison.Ordinal);
        Assert.Contains("funding ledger import", html, StringComparison.Ordinal);
        Assert.False(File.Exists(_ledger));
    }

    [Fact]
    public async Task Ledger_WithEntries_ShowsSharesRingfenceAndCorrectionsBesideTheOriginal()
    {
        var store = await LedgerStore.OpenAsync(LedgerDatabase.Sqlite(_ledger));
        var day = new DateOnly(2024, 6, 1);
        await store.AddAsync(new NewLedgerEntry(LedgerEntryKind.Allocation, "2024/25", "E06000009", "Blackpool", string.Empty, null, 100_000_000, day, "allocation", "HI lead"));
        var pilot = await store.AddAsync(new NewLedgerEntry(LedgerEntryKind.Commitment, "2024/25", "E06000009", "Blackpool", "Council", SpendCategory.Pilot, 30_000_000, day, "warm hubs", "HI lead"));
        await store.AddAsync(new NewLedgerEntry(LedgerEntryKind.Commitment, "2024/25", "ICB", "System", "ICB", SpendCategory.AbsorbedIntoBaseline, 25_000_000, day, "acute deficit", "CFO"));
        await store.CorrectAsync(pilot.Id, new NewLedgerEntry(LedgerEntryKind.Commitment, "2024/25", "E06000009", "Blackpool", "Council", SpendCategory.Pilot, 28_000_000, day, "warm hubs", "HI lead"), "agreed at £280k");
        await store.SetRingfenceAsync(new RingfenceStatus { FinancialYear = "2024/25", State = RingfenceState.Partial, DecidedBy = "Finance committee", DecidedOn = day, Reason = "£250k to the deficit" });
        using var client = factory.WithWebHostBuilder(b => b.UseSetting(WebOptions.LedgerKey, _ledger)).CreateClient();

        var html = await client.GetStringAsync("/funding/ledger?year=2024/25");

        Assert.Contains("Financial year 2024/25", html, StringComparison.Ordinal);
        Assert.Contains("28.0% (£280,000)", html, StringComparison.Ordinal);
        Assert.Contains("25.0% (£250,000)", html, StringComparison.Ordinal);
        Assert.Contains("Partly ringfenced", html, StringComparison.Ordinal);
        Assert.Contains("<del>£300,000</del>", html, StringComparison.Ordinal);
        Assert.Contains("agreed at £280k", html, StringComparison.Ordinal);
        Assert.Contains("Absorbed into the baseline", html, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _ledger, _ledger + "-wal", _ledger + "-shm" })
        {
            File.Delete(file);
        }
    }
}
