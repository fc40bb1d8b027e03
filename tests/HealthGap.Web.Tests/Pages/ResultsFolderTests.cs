namespace HealthGap.Web.Tests.Pages;

public sealed class ResultsFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healthgap-web-" + Guid.NewGuid().ToString("N"));

    public ResultsFolderTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Overview_EmptyResultsFolder_ExplainsHowToMakeResults()
    {
        using var factory = new HealthGapWebFactory(_folder);

        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("No results yet", html, StringComparison.Ordinal);
        Assert.Contains("healthgap demo", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sample figures", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitingListPage_NoWaitingListResults_ExplainsHowToPublishThem()
    {
        using var factory = new HealthGapWebFactory(_folder);

        var html = await factory.CreateClient().GetStringAsync("/waiting-list");

        Assert.Contains("No waiting-list results have been published", html, StringComparison.Ordinal);
        Assert.Contains("the waiting-list folder inside the results folder", html, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitingListPage_ReportTables_ShowsDeprivationQuintilesWithMediansAndDownloads()
    {
        using var factory = WithWaitingList();
        var client = factory.CreateClient();

        var html = await client.GetStringAsync("/waiting-list");
        var csv = await client.GetStringAsync("/download/waiting-list/open_waits.csv");

        Assert.Contains("Waiting now, by Deprivation (national IMD 2019 quintile)", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"waiting-chart-title waiting-chart-desc\"", html, StringComparison.Ordinal);
        Assert.Contains(">1 (most deprived)</th>", html, StringComparison.Ordinal);
        Assert.Contains("8.86<br><span class=\"hg-interval\">7.86 to 9.71</span>", html, StringComparison.Ordinal);
        Assert.Contains("Reference group", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/download/waiting-list/open_waits.csv\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/download/waiting-list/gaps_open.csv\"", html, StringComparison.Ordinal);
        Assert.StartsWith("breakdown,breakdown_title,group,is_reference,pathways,median_weeks", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitingListPage_InterpreterBreakdown_ShowsTheAdjustedGapAndVerdict()
    {
        using var factory = WithWaitingList();

        var html = await factory.CreateClient().GetStringAsync("/waiting-list?breakdown=interpreter_needed");

        Assert.Contains("1.33<br><span class=\"hg-interval\">1.28 to 1.39</span>", html, StringComparison.Ordinal);
        Assert.Contains("Waits longer", html, StringComparison.Ordinal);
        Assert.Contains("Cannot be compared", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"interpreter_needed\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitingListPage_HiddenGroups_ShowHiddenNeverZero()
    {
        using var factory = WithWaitingList();

        var html = await factory.CreateClient().GetStringAsync("/waiting-list?breakdown=ethnic_group");
        var black = html[html.IndexOf(">Black</th>", StringComparison.Ordinal)..];
        black = black[..black.IndexOf("</tr>", StringComparison.Ordinal)];

        Assert.Contains("Hidden (small numbers)", black, StringComparison.Ordinal);
        Assert.DoesNotContain(">0<", black, StringComparison.Ordinal);
        Assert.DoesNotContain("[c]", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitingListPage_UnknownBreakdown_FallsBackToDeprivation()
    {
        using var factory = WithWaitingList();

        var html = await factory.CreateClient().GetStringAsync("/waiting-list?breakdown=no_such_thing");

        Assert.Contains("Waiting now, by Deprivation (national IMD 2019 quintile)", html, StringComparison.Ordinal);
    }

    /// <summary>The waiting-list report's tables (fixture, real format) in the results folder.</summary>
    private HealthGapWebFactory WithWaitingList()
    {
        var folder = Path.Combine(_folder, "waiting-list");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(HealthGapWebFactory.Fixture("waiting-list")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return new HealthGapWebFactory(_folder);
    }

    [Fact]
    public async Task Overview_NewReportWritten_ShowsWithoutRestart()
    {
        using var factory = new HealthGapWebFactory(_folder);
        var client = factory.CreateClient();
        Assert.Contains("No results yet", await client.GetStringAsync("/"), StringComparison.Ordinal);

        foreach (var file in Directory.GetFiles(HealthGapWebFactory.SampleResults))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        Assert.Contains("How fair is health in NHS Coventry and Warwickshire", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_DamagedResults_Returns500SayingWhichFileLineAndColumn()
    {
        using var factory = new HealthGapWebFactory(HealthGapWebFactory.Fixture("damaged-bad-number"));

        var response = await factory.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("indicators.csv line 3, column value: &#x27;fifty&#x27;", html, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
