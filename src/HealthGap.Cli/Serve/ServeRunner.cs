using System.Diagnostics;
using System.Globalization;
using HealthGap.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HealthGap.Cli.Serve;

/// <summary>Starts the web app in this process, prints where it listens, and runs until Ctrl+C.</summary>
internal static class ServeRunner
{
    public static int Run(WebOptions options, TextWriter output)
    {
        var stopwatch = Stopwatch.StartNew();
        using var app = Start(options with { Quiet = true });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"HealthGap is serving {Path.GetFullPath(options.ResultsDirectory ?? WebOptions.DefaultResultsDirectory)} (started in {stopwatch.Elapsed.TotalSeconds:0.0} s)."));
        foreach (var address in Addresses(app))
        {
            output.WriteLine($"Open {address} in a browser. Press Ctrl+C to stop.");
        }

        output.Flush();
        app.WaitForShutdown();
        return ExitCodes.Success;
    }

    /// <summary>Builds and starts the app; the caller stops and disposes it.</summary>
    public static WebApplication Start(WebOptions options)
    {
        var app = HealthGapWebHost.Build(options);
        try
        {
            app.Start();
        }
        catch (IOException ex)
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new CliUsageException($"cannot listen on {options.Urls}: {ex.Message}. Choose another address with --urls, e.g. --urls http://127.0.0.1:5081.");
        }

        return app;
    }

    /// <summary>The addresses the server actually listens on (resolves port 0 to the chosen port).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
}
