using System.Diagnostics;
using System.Globalization;
using HealthGap.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HealthGap.Cli.Serve;

/// <summary>Starts the web app in this process, prints where it listens, and runs until Ctrl+C.</summary>
internal static class ServeRunner
{
    /// <summary>
    /// ASP.NET Core keeps the keys that protect its anti-forgery tokens in this folder (its default on
    /// Linux and macOS) and warns, on the first run, that they are stored unencrypted. They protect no
    /// health data, so the quiet web host (<see cref="WebOptions.Quiet"/>) leaves the warning out and
    /// <see cref="Run"/> says this in one line.
    /// </summary>
    public static readonly string WebKeysDirectory = OperatingSystem.IsWindows()
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ASP.NET", "DataProtection-Keys")
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".aspnet", "DataProtection-Keys");

    public static int Run(WebOptions options, TextWriter output)
    {
        var stopwatch = Stopwatch.StartNew();
        using var app = Start(options with { Quiet = true });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"HealthGap is serving {Path.GetFullPath(options.ResultsDirectory ?? WebOptions.DefaultResultsDirectory)} (started in {stopwatch.Elapsed.TotalSeconds:0.0} s)."));
        output.WriteLine($"(The web app's form-protection keys are in {WebKeysDirectory}: ASP.NET Core's own, unencrypted, protecting no health data.)");
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
        WebApplication app;
        try
        {
            app = HealthGapWebHost.Build(options);
        }
        catch (OptionsValidationException ex)
        {
            throw new CliUsageException($"the web app's settings are not valid: {string.Join(" ", ex.Failures)}");
        }

        try
        {
            app.Start();
        }
        catch (IOException ex)
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new CliUsageException($"cannot listen on {options.Urls}: {ex.Message}. Choose another port with --port, e.g. --port 5081 (or an address with --urls).");
        }

        return app;
    }

    /// <summary>The addresses the server actually listens on (resolves port 0 to the chosen port).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
}
