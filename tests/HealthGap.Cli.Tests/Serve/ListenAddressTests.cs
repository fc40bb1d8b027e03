using System.Net;
using System.Net.Sockets;
using HealthGap.Cli.Serve;
using HealthGap.Web;

namespace HealthGap.Cli.Tests.Serve;

/// <summary><c>serve</c> and <c>demo</c> take <c>--port</c>: loopback on that port, checked, and never together with <c>--urls</c>.</summary>
public sealed class ListenAddressTests
{
    [Fact]
    public void Resolve_PortOnly_LoopbackOnThatPort() =>
        Assert.Equal("http://127.0.0.1:5099", ListenAddress.Resolve(5099, null));

    [Fact]
    public void Resolve_Neither_DefaultAddress() =>
        Assert.Equal(WebOptions.DefaultUrls, ListenAddress.Resolve(null, null));

    [Fact]
    public void Resolve_UrlsOnly_ThoseUrls() =>
        Assert.Equal("http://0.0.0.0:8080", ListenAddress.Resolve(null, "http://0.0.0.0:8080"));

    [Fact]
    public void Resolve_PortAndUrls_UsageErrorNamingBoth()
    {
        var ex = Assert.Throws<CliUsageException>(() => ListenAddress.Resolve(5099, "http://127.0.0.1:5080"));
        Assert.Contains("--port", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--urls", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve", "--results")]
    [InlineData("demo", "--data")]
    public void Command_PortOutOfRange_UsageError(string command, string folderOption)
    {
        var (exit, _, error) = CliRunner.Run(command, "--port", "70000", folderOption, Path.Combine(Path.GetTempPath(), "hg-never-made"));
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--port must be between 1 and 65535", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_PortAndUrls_UsageErrorBeforeMakingAnyData()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hg-demo-" + Guid.NewGuid().ToString("N"));
        var (exit, _, error) = CliRunner.Run("demo", "--data", folder, "--port", "5099", "--urls", "http://127.0.0.1:5080");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("not both", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder), "demo made data before checking its options");
    }

    [Fact]
    public async Task Start_OnResolvedPort_ServesHealthThere()
    {
        var port = FreePort();
        await using var app = ServeRunner.Start(new WebOptions { ResultsDirectory = DemoCommand.SampleResultsDirectory, Urls = ListenAddress.Resolve(port, null), Quiet = true });
        try
        {
            Assert.Equal($"http://127.0.0.1:{port}", ServeRunner.Addresses(app).Single());
            using var client = new HttpClient();
            var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/health"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
