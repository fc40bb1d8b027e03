using HealthGap.Web.Api;
using HealthGap.Web.Geography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealthGap.Web.Tests.Hosting;

/// <summary>How the host turns configuration and the CLI's values into <see cref="WebOptions"/>, and refuses bad ones at start-up.</summary>
public sealed class WebHostStartupTests
{
    [Fact]
    public async Task Build_ConfigurationOnly_BindsTheHealthGapSection()
    {
        await using var app = HealthGapWebHost.Build(args: ["--HealthGap:Results=/data/results", "--HealthGap:Ledger=/data/ledger.db", "--HealthGap:WaitingList=/data/waits"]);

        var options = app.Services.GetRequiredService<IOptions<WebOptions>>().Value;
        Assert.Equal("/data/results", options.ResultsDirectory);
        Assert.Equal("/data/waits", options.WaitingListDirectory);
        Assert.Equal("/data/ledger.db", app.Services.GetRequiredService<LedgerProvider>().SqlitePath);
    }

    [Fact]
    public async Task Build_CliOptions_WinOverConfiguration()
    {
        var given = new WebOptions { ResultsDirectory = "/cli/results", OutputCache = false, Quiet = true };

        await using var app = HealthGapWebHost.Build(given, ["--HealthGap:Results=/config/results", "--HealthGap:LedgerApiKey=configured-key-123"]);

        var options = app.Services.GetRequiredService<IOptions<WebOptions>>().Value;
        Assert.Equal("/cli/results", options.ResultsDirectory);
        Assert.Equal("configured-key-123", options.LedgerApiKey);
        Assert.False(options.OutputCache);
        Assert.True(options.Quiet);
    }

    [Fact]
    public async Task Build_CliLedgerVariables_UsedWhenTheSectionSetsNoLedger()
    {
        await using var app = HealthGapWebHost.Build(args: ["--HEALTHGAP_LEDGER_DB=/env/ledger.db"]);

        Assert.Equal("/env/ledger.db", app.Services.GetRequiredService<LedgerProvider>().SqlitePath);
    }

    [Fact]
    public async Task Build_SectionLedger_WinsOverTheCliVariable()
    {
        await using var app = HealthGapWebHost.Build(args: ["--HEALTHGAP_LEDGER_DB=/env/ledger.db", "--HealthGap:Ledger=/config/ledger.db"]);

        Assert.Equal("/config/ledger.db", app.Services.GetRequiredService<LedgerProvider>().SqlitePath);
    }

    [Fact]
    public async Task Build_BlankSetting_CountsAsUnset()
    {
        await using var app = HealthGapWebHost.Build(args: ["--HealthGap:Ledger=", "--HealthGap:LedgerApiKey= "]);

        var options = app.Services.GetRequiredService<IOptions<WebOptions>>().Value;
        Assert.Equal(Path.GetFullPath(WebOptions.DefaultLedgerPath), options.LedgerSqlitePath);
        Assert.Null(options.LedgerApiKey);
    }

    [Theory]
    [InlineData("--HealthGap:LedgerApiKey=short", WebOptions.LedgerApiKeyKey)]
    [InlineData("--HealthGap:LedgerApiKey=has a space in it", WebOptions.LedgerApiKeyKey)]
    [InlineData("--HealthGap:LedgerPostgres=Host=x;NoSuchKeyword=1", WebOptions.LedgerPostgresKey)]
    [InlineData("--HealthGap:Results=bad\0path", WebOptions.ResultsKey)]
    public void Build_BadSetting_FailsNamingTheSetting(string argument, string key)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => HealthGapWebHost.Build(args: [argument]));

        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factory_BadSettingFromConfiguration_StopsTheHostAtStartUp()
    {
        using var factory = new HealthGapWebFactory().WithWebHostBuilder(b => b.UseSetting(WebOptions.LedgerApiKeyKey, "short"));

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(WebOptions.LedgerApiKeyKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceData_AnotherFolderOnceLoaded_IsRefused()
    {
        // Reference data is loaded once per process; a host naming another folder afterwards must not be served the first silently.
        var loaded = ReferenceProvider.Reference.Directory;

        var ex = Assert.Throws<InvalidOperationException>(() => ReferenceProvider.UseDirectory(Path.GetTempPath()));

        Assert.Contains(loaded, ex.Message, StringComparison.Ordinal);
        Assert.Same(ReferenceProvider.Reference, ReferenceProvider.Reference);
    }
}
