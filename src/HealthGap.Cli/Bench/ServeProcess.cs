using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HealthGap.Cli.Bench;

/// <summary>
/// <c>healthgap serve</c> in a process of its own, so the load's memory is the server's alone: started
/// on a free loopback port, ready once its first page answers, killed on dispose.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; }

    /// <summary>Starts <c>serve --results <paramref name="results"/></c> and waits (up to a minute) for its first page.</summary>
    public static ServeProcess Start(string results)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find the healthgap executable.");
        var url = "http://127.0.0.1:" + FreePort().ToString(CultureInfo.InvariantCulture);
        // Run as "dotnet healthgap.dll", the host is dotnet: start the same way, not "dotnet serve".
        string[] host = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [typeof(ServeProcess).Assembly.Location] : [];
        var process = Process.Start(new ProcessStartInfo(self, [.. host, "serve", "--results", results, "--urls", url])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var serve = new ServeProcess(process, url);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if (client.GetAsync(url + "/").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    return serve;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet: keep waiting.
            }

            Thread.Sleep(50);
        }

        serve.Dispose();
        throw new InvalidOperationException($"healthgap serve did not answer on {url} within a minute.");
    }

    /// <summary>The server's resident memory now, in MB (Linux <c>/proc</c>; the working set elsewhere).</summary>
    public double ResidentMegabytes()
    {
        _process.Refresh();
        return _process.WorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>
    /// CPU time the server has used so far, in seconds. Per request, this is the figure a busy shared
    /// machine disturbs least: latency there measures the queue for the cores as much as the server.
    /// </summary>
    public double CpuSeconds()
    {
        _process.Refresh();
        return _process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The server's peak resident memory so far, in MB.</summary>
    public double PeakResidentMegabytes()
    {
        _process.Refresh();
        return _process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
