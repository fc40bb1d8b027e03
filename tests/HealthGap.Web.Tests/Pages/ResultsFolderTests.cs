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
        Assert.Contains(Path.Combine(_folder, "waiting-list"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitingListPage_WithResults_ShowsEachTableWithItsDownload()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "waiting-list"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "waiting-list", "median_wait_by_imd_quintile.csv"), "group,median_weeks,suppressed\n1,18.5,false\n5,14.0,false\n");
        using var factory = new HealthGapWebFactory(_folder);
        var client = factory.CreateClient();

        var html = await client.GetStringAsync("/waiting-list");
        var csv = await client.GetStringAsync("/download/waiting-list/median_wait_by_imd_quintile.csv");

        Assert.Contains("median wait by imd quintile", html, StringComparison.Ordinal);
        Assert.Contains("18.5", html, StringComparison.Ordinal);
        Assert.Contains("/download/waiting-list/median_wait_by_imd_quintile.csv", html, StringComparison.Ordinal);
        Assert.StartsWith("group,median_weeks,suppressed", csv, StringComparison.Ordinal);
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
